package io.github.gradcheck.demo.layers;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Param;
import io.github.gradcheck.api.Shape;
import java.util.Random;

/**
 * Simple (Elman) recurrent layer unrolled over a sequence:
 * {@code h_t = tanh(x_t·Wx + h_{t-1}·Wh + b)} with {@code h_{-1} = 0}.
 *
 * <p>It returns every hidden state, and the backward pass propagates through time (BPTT): the
 * gradient reaching {@code h_t} is the upstream gradient at step t plus what flows back from
 * step t + 1. Wx and Wh start with Xavier scaling: normal values with standard deviation
 * {@code sqrt(2 / (fanIn + fanOut))}, drawn from a fixed seed. b starts at zero. The backward
 * pass adds into dWx, dWh and db, so the caller zeroes them before each backward pass.
 *
 * <p>The class bounds the generated sequence length to [2, 4], so the recurrent weights always
 * carry gradient between steps.
 *
 * @since 0.1
 */
@Differentiable
@Dim(value = "time", min = 2, max = 4)
public class SimpleRnn {

    /**
     * Input-to-hidden weights, shape [in][hidden].
     *
     * @since 0.1
     */
    @Param
    public double[][] Wx;

    /**
     * Hidden-to-hidden weights, shape [hidden][hidden].
     *
     * @since 0.1
     */
    @Param
    public double[][] Wh;

    /**
     * Bias, length hidden.
     *
     * @since 0.1
     */
    @Param
    public double[] b;

    /**
     * Gradient of the loss with respect to {@link #Wx}, accumulated by {@link #backward}.
     *
     * @since 0.1
     */
    public double[][] dWx;

    /**
     * Gradient of the loss with respect to {@link #Wh}, accumulated by {@link #backward}.
     *
     * @since 0.1
     */
    public double[][] dWh;

    /**
     * Gradient of the loss with respect to {@link #b}, accumulated by {@link #backward}.
     *
     * @since 0.1
     */
    public double[] db;

    private double[][][] input;
    private double[][][] states;

    /**
     * Create a layer with Xavier-scaled weights and zero bias.
     *
     * @param in     the number of input features per step, at least 1
     * @param hidden the size of the hidden state, at least 1
     * @since 0.1
     */
    public SimpleRnn(@Dim("in") int in, @Dim("hidden") int hidden) {
        Random random = new Random(42);
        Wx = gaussian(in, hidden, Math.sqrt(2.0 / (in + hidden)), random);
        Wh = gaussian(hidden, hidden, Math.sqrt(1.0 / hidden), random);
        b = new double[hidden];
        dWx = new double[in][hidden];
        dWh = new double[hidden][hidden];
        db = new double[hidden];
    }

    /**
     * Run the recurrence over each sequence of the batch.
     *
     * @param x the input, shape [batch][time][in], never null
     * @return the hidden state after every step, shape [batch][time][hidden]
     * @since 0.1
     */
    @Forward
    public double[][][] forward(@Shape({"batch", "time", "in"}) double[][][] x) {
        input = x;
        states = new double[x.length][][];
        for (int n = 0; n < x.length; n++) {
            states[n] = new double[x[n].length][];
            double[] state = new double[b.length];
            for (int t = 0; t < x[n].length; t++) {
                state = step(x[n][t], state);
                states[n][t] = state;
            }
        }
        return states;
    }

    /**
     * Add to dWx, dWh and db by backpropagation through time and compute the input gradient.
     *
     * @param dOut the gradient with respect to every hidden state, shape [batch][time][hidden],
     *     never null
     * @return the gradient with respect to the input, shape [batch][time][in]
     * @since 0.1
     */
    @Backward
    public double[][][] backward(double[][][] dOut) {
        double[][][] dx = new double[dOut.length][][];
        for (int n = 0; n < dOut.length; n++) {
            dx[n] = backwardSequence(n, dOut[n]);
        }
        return dx;
    }

    private double[] step(double[] x, double[] previous) {
        double[] state = b.clone();
        addVectorTimesMatrix(state, x, Wx);
        addVectorTimesMatrix(state, previous, Wh);
        for (int k = 0; k < state.length; k++) {
            state[k] = Math.tanh(state[k]);
        }
        return state;
    }

    private double[][] backwardSequence(int n, double[][] upstream) {
        double[][] dxSequence = new double[upstream.length][];
        double[] dNextState = new double[b.length];
        for (int t = upstream.length - 1; t >= 0; t--) {
            double[] dPreActivation = new double[b.length];
            for (int k = 0; k < b.length; k++) {
                double state = states[n][t][k];
                dPreActivation[k] = (upstream[t][k] + dNextState[k]) * (1.0 - state * state);
                db[k] += dPreActivation[k];
            }
            addOuterProduct(dWx, input[n][t], dPreActivation);
            addOuterProduct(dWh, previousState(n, t), dPreActivation);
            dxSequence[t] = matrixTimesVector(Wx, dPreActivation);
            dNextState = matrixTimesVector(Wh, dPreActivation);
        }
        return dxSequence;
    }

    private double[] previousState(int n, int t) {
        return t == 0 ? new double[b.length] : states[n][t - 1];
    }

    /** Add {@code vector·matrix} to {@code target}, for a matrix of shape [vector][target]. */
    private static void addVectorTimesMatrix(double[] target, double[] vector, double[][] matrix) {
        for (int i = 0; i < vector.length; i++) {
            for (int k = 0; k < target.length; k++) {
                target[k] += vector[i] * matrix[i][k];
            }
        }
    }

    private static double[] matrixTimesVector(double[][] matrix, double[] vector) {
        double[] product = new double[matrix.length];
        for (int i = 0; i < matrix.length; i++) {
            for (int k = 0; k < vector.length; k++) {
                product[i] += matrix[i][k] * vector[k];
            }
        }
        return product;
    }

    private static void addOuterProduct(double[][] target, double[] column, double[] row) {
        for (int i = 0; i < column.length; i++) {
            for (int k = 0; k < row.length; k++) {
                target[i][k] += column[i] * row[k];
            }
        }
    }

    private static double[][] gaussian(int rows, int columns, double scale, Random random) {
        double[][] values = new double[rows][columns];
        for (double[] row : values) {
            for (int j = 0; j < columns; j++) {
                row[j] = scale * random.nextGaussian();
            }
        }
        return values;
    }
}
