package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.KeepProbability;
import io.github.gradcheck.api.Shape;
import java.util.Random;

/**
 * Inverted dropout in training mode.
 *
 * <p>Each forward call draws a fresh mask from {@link #random}: a unit is kept with probability
 * {@link #keepProbability} and then scaled by {@code 1 / keepProbability}, so the expected output
 * equals the input. Two forward calls give the same output only if {@code random} is reseeded
 * in between. The field is package-private so that a gradient checker's adapter, generated into
 * this package, can reseed it.
 *
 * @since 0.1
 */
@Differentiable
public class Dropout {

    /**
     * Probability of keeping a unit, in (0, 1]. A value of 1 turns dropout off.
     *
     * @since 0.1
     */
    @KeepProbability
    public double keepProbability = 0.8;

    Random random = new Random(42);

    private double[][] mask;

    /**
     * Create the layer, which has no parameters.
     *
     * @since 0.1
     */
    public Dropout() {
    }

    /**
     * Draw a new mask and apply it.
     *
     * @param x the input, shape [batch][features], never null
     * @return the output, shape [batch][features]
     * @since 0.1
     */
    @Forward
    public double[][] forward(@Shape({"batch", "features"}) double[][] x) {
        mask = new double[x.length][];
        double[][] y = new double[x.length][];
        for (int n = 0; n < x.length; n++) {
            mask[n] = drawMask(x[n].length);
            y[n] = new double[x[n].length];
            for (int j = 0; j < x[n].length; j++) {
                y[n][j] = x[n][j] * mask[n][j];
            }
        }
        return y;
    }

    /**
     * Apply the mask of the last forward call to the upstream gradient.
     *
     * @param dOut the gradient with respect to the output, shape [batch][features], never null
     * @return the gradient with respect to the input, shape [batch][features]
     * @since 0.1
     */
    @Backward
    public double[][] backward(double[][] dOut) {
        double[][] dx = new double[dOut.length][];
        for (int n = 0; n < dOut.length; n++) {
            dx[n] = new double[dOut[n].length];
            for (int j = 0; j < dOut[n].length; j++) {
                dx[n][j] = dOut[n][j] * mask[n][j];
            }
        }
        return dx;
    }

    private double[] drawMask(int length) {
        double[] row = new double[length];
        for (int j = 0; j < length; j++) {
            row[j] = random.nextDouble() < keepProbability ? 1.0 / keepProbability : 0.0;
        }
        return row;
    }
}
