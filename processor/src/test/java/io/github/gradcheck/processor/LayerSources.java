package io.github.gradcheck.processor;

/**
 * Valid layer sources whose generated adapters the tests load and call.
 */
final class LayerSources {

    /** A fully connected layer: {@code y = x W + b}, with a fresh gradient per backward pass. */
    static final TestSource DENSE = TestSource.layer("Dense", """
            @Differentiable
            public class Dense {
                @Param double[][] W;
                @Param(regularized = true) double[] b;
                double[][] dW;
                double[] db;
                private double[][] x;

                public Dense(@Dim("in") int in, @Dim("out") int out) {
                    W = new double[in][out];
                    b = new double[out];
                    for (int i = 0; i < in; i++) {
                        for (int j = 0; j < out; j++) {
                            W[i][j] = i + 10 * j;
                        }
                    }
                }

                @Forward
                public double[][] forward(@Shape({"batch", "in"}) double[][] x) {
                    this.x = x;
                    double[][] y = new double[x.length][b.length];
                    for (int n = 0; n < x.length; n++) {
                        for (int j = 0; j < b.length; j++) {
                            y[n][j] = b[j];
                            for (int i = 0; i < W.length; i++) {
                                y[n][j] += x[n][i] * W[i][j];
                            }
                        }
                    }
                    return y;
                }

                @Backward
                public double[][] backward(double[][] upstream) {
                    dW = new double[W.length][b.length];
                    db = new double[b.length];
                    double[][] dx = new double[x.length][W.length];
                    for (int n = 0; n < x.length; n++) {
                        for (int j = 0; j < b.length; j++) {
                            db[j] += upstream[n][j];
                            for (int i = 0; i < W.length; i++) {
                                dW[i][j] += x[n][i] * upstream[n][j];
                                dx[n][i] += upstream[n][j] * W[i][j];
                            }
                        }
                    }
                    return dx;
                }
            }
            """);

    /** A loss that picks the score of the labelled class, negated and averaged. */
    static final TestSource PICK_LOSS = TestSource.layer("PickLoss", """
            @Differentiable
            public class PickLoss {
                private double[][] scores;
                private int[] labels;

                @Forward
                public double forward(@Shape({"batch", "classes"}) double[][] scores,
                        @Labels("classes") @Shape("batch") int[] labels) {
                    this.scores = scores;
                    this.labels = labels;
                    double loss = 0;
                    for (int n = 0; n < labels.length; n++) {
                        loss -= scores[n][labels[n]] / labels.length;
                    }
                    return loss;
                }

                @Backward
                public double[][] backward() {
                    double[][] dScores = new double[scores.length][scores[0].length];
                    for (int n = 0; n < labels.length; n++) {
                        dScores[n][labels[n]] = -1.0 / labels.length;
                    }
                    return dScores;
                }
            }
            """);

    /** A model of two dense layers. */
    static final TestSource TWO_LAYERS = TestSource.layer("TwoLayers", """
            @Differentiable
            public class TwoLayers {
                @Layer Dense hidden;
                @Layer Dense output;

                public TwoLayers(@Dim("in") int in, @Dim("hidden") int hidden,
                        @Dim("out") int out) {
                    this.hidden = new Dense(in, hidden);
                    this.output = new Dense(hidden, out);
                }

                @Forward
                public double[][] forward(@Shape({"batch", "in"}) double[][] x) {
                    return output.forward(hidden.forward(x));
                }

                @Backward
                public double[][] backward(double[][] upstream) {
                    return hidden.backward(output.backward(upstream));
                }
            }
            """);

    /**
     * A nested static class with a float parameter, a named gradient field that backward adds
     * into, and an input that is not differentiable, so backward returns nothing.
     */
    static final TestSource SCALE = TestSource.layer("Blocks", """
            public class Blocks {
                @Differentiable
                public static class Scale {
                    @Param(gradient = "scaleGradient") float[] scale;
                    float[] scaleGradient;
                    private float[][] x;

                    Scale(@Dim("features") int features) {
                        scale = new float[features];
                        scaleGradient = new float[features];
                        java.util.Arrays.fill(scale, 2f);
                    }

                    @Forward
                    float[][] forward(
                            @NonDifferentiable @Shape({"batch", "features"}) float[][] x) {
                        this.x = x;
                        float[][] y = new float[x.length][scale.length];
                        for (int n = 0; n < x.length; n++) {
                            for (int j = 0; j < scale.length; j++) {
                                y[n][j] = scale[j] * x[n][j];
                            }
                        }
                        return y;
                    }

                    @Backward
                    void backward(float[][] upstream) {
                        for (int n = 0; n < x.length; n++) {
                            for (int j = 0; j < scale.length; j++) {
                                scaleGradient[j] += upstream[n][j] * x[n][j];
                            }
                        }
                    }
                }
            }
            """);

    /** A float loss whose parameter is inherited from a plain abstract base class. */
    static final TestSource OFFSET_BASE = TestSource.layer("OffsetBase", """
            public abstract class OffsetBase {
                @Param float[] offset = {0.5f};
                float[] doffset;
            }
            """);

    static final TestSource OFFSET_LOSS = TestSource.layer("OffsetLoss", """
            @Differentiable
            public class OffsetLoss extends OffsetBase {
                private float[] x;

                @Forward
                public float forward(@Shape("n") float[] x) {
                    this.x = x;
                    float sum = 0;
                    for (float value : x) {
                        sum += value + offset[0];
                    }
                    return sum;
                }

                @Backward
                public float[] backward() {
                    doffset = new float[] {x.length};
                    float[] dx = new float[x.length];
                    java.util.Arrays.fill(dx, 1f);
                    return dx;
                }
            }
            """);

    private LayerSources() {
    }
}
