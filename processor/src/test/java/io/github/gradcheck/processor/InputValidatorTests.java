package io.github.gradcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import io.github.gradcheck.processor.diagnostic.InputDiagnostics;
import org.junit.jupiter.api.Test;

class InputValidatorTests {

    @Test
    void rejectsScalarInput() {
        var source = TestSource.layer("Scale", """
                @Differentiable
                class Scale {
                    @Forward
                    double[] forward(@Shape("n") double[] x,
                            double factor) {
                        return x;
                    }

                    @Backward
                    double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = InputDiagnostics.forwardInput("p.Scale", "factor", "double");
        assertOnlyError(compilation, expected, source, "double factor");
    }

    @Test
    void rejectsUnmarkedIntegerInput() {
        var source = TestSource.layer("Loss", """
                @Differentiable
                class Loss {
                    @Forward
                    double forward(@Shape({"batch", "classes"}) double[][] scores,
                            @Shape("batch") int[] labels) {
                        return 0;
                    }

                    @Backward
                    double[][] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = InputDiagnostics.forwardInput("p.Loss", "labels", "int[]");
        assertOnlyError(compilation, expected, source, "int[] labels");
    }

    @Test
    void rejectsSecondDifferentiableInput() {
        var source = TestSource.layer("Add", """
                @Differentiable
                class Add {
                    @Forward
                    double[] forward(@Shape("n") double[] a,
                            @Shape("n") double[] b) {
                        return a;
                    }

                    @Backward
                    double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        assertOnlyError(compilation, InputDiagnostics.manyInputs("p.Add", "b", "a"), source,
                "@Shape(\"n\") double[] b");
    }

    @Test
    void rejectsLabelsOnFloatingPointInput() {
        var source = TestSource.layer("Loss", """
                @Differentiable
                class Loss {
                    @Forward
                    double forward(@Shape({"batch", "classes"}) double[][] scores,
                            @Labels("classes") @Shape("batch") double[] labels) {
                        return 0;
                    }

                    @Backward
                    double[][] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = InputDiagnostics.labelsType("p.Loss", "labels", "double[]");
        assertOnlyError(compilation, expected, source, "@Labels(");
    }

    @Test
    void rejectsNonDifferentiableIntegerInput() {
        var source = TestSource.layer("Loss", """
                @Differentiable
                class Loss {
                    @Forward
                    double forward(@Shape({"batch", "classes"}) double[][] scores,
                            @NonDifferentiable @Shape("batch") int[] labels) {
                        return 0;
                    }

                    @Backward
                    double[][] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = InputDiagnostics.nonDifferentiableType("p.Loss", "labels", "int[]");
        assertOnlyError(compilation, expected, source, "@NonDifferentiable");
    }

    @Test
    void rejectsInputWithBothMarks() {
        var source = TestSource.layer("Loss", """
                @Differentiable
                class Loss {
                    @Forward
                    double forward(@Shape({"batch", "classes"}) double[][] scores,
                            @Labels("classes") @NonDifferentiable @Shape("batch") int[] labels) {
                        return 0;
                    }

                    @Backward
                    double[][] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = InputDiagnostics.inputMarks("p.Loss", "labels");
        assertOnlyError(compilation, expected, source, "@Labels(");
    }

    @Test
    void rejectsInputWithoutShape() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[][] forward(double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = InputDiagnostics.shapeMissing("p.Relu", "x", 2);
        assertOnlyError(compilation, expected, source, "forward(");
    }

    @Test
    void rejectsShapeOfOtherRank() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[][] forward(
                            @Shape({"batch", "height", "width"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = InputDiagnostics.shapeRank("p.Relu", "x", "batch, height, width", 3, 2);
        assertOnlyError(compilation, expected, source,
                "@Shape({\"batch\", \"height\", \"width\"})");
    }

    @Test
    void acceptsLossWithLabelsAndTargets() {
        var source = TestSource.layer("Loss", """
                @Differentiable
                class Loss {
                    @Forward
                    float forward(@Shape({"batch", "classes"}) float[][] scores,
                            @Labels("classes") @Shape("batch") int[] labels,
                            @NonDifferentiable(NonDifferentiable.Values.BINARY)
                            @Shape("batch") float[] mask) {
                        return 0;
                    }

                    @Backward
                    float[][] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
