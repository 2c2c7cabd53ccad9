package io.github.gradcheck.check;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.numeric.Objective;
import io.github.gradcheck.tensor.Tensor;

/**
 * The checked scalar of a layer: the loss its forward pass returns, or {@code <y, G>} for an
 * array output y and the fixed upstream gradient G.
 *
 * <p>{@link #value()} runs in the innermost loop of the check and allocates nothing itself;
 * the only allocation per evaluation is what the layer's forward pass makes.
 */
final class LayerObjective implements Objective {

    private final LayerAdapter<Object> adapter;
    private final Object layer;
    private final Object[] inputs;
    private final FrozenRandomness randomness;
    private final String name;
    private double[] upstream;
    private int offset;
    private String perturbedTensor = "";
    private String perturbedUnit = "";
    private int perturbedPosition = -1;

    LayerObjective(LayerAdapter<Object> adapter, Object layer, Object[] inputs, FrozenRandomness randomness,
            String name) {

        this.adapter = adapter;
        this.layer = layer;
        this.inputs = inputs;
        this.randomness = randomness;
        this.name = name;
    }

    /** Fix the upstream gradient, flattened in row-major order; null for a loss. */
    void setUpstream(double[] upstream) {
        this.upstream = upstream;
    }

    /**
     * Record what the next evaluations perturb, for the message if the layer throws. It stores
     * references only, because the sweep calls it once per element.
     */
    void setPerturbed(String tensor, String unit, int position) {
        this.perturbedTensor = tensor;
        this.perturbedUnit = unit;
        this.perturbedPosition = position;
    }

    private String perturbed() {
        return perturbedPosition < 0 ? "nothing"
                : perturbedUnit + " " + perturbedPosition + " of [" + perturbedTensor + "]";
    }

    /** Run the forward pass and return its raw output. */
    Object forward() {
        randomness.reseed();
        try {
            return adapter.forward(layer, inputs);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new LayerExecutionException("Cannot check [" + name + "]: its @Forward method threw " + e
                    + " while the check perturbed " + perturbed() + "; fix the forward pass or bound the generated "
                    + "dimensions with @Dim so every case is valid.", e);
        }
    }

    @Override
    public double value() {
        Object output = forward();
        if (upstream == null) {
            return ((Number) output).doubleValue();
        }
        offset = 0;
        double value = dot(output);
        if (offset != upstream.length) {
            throw shapeChanged();
        }
        return value;
    }

    /**
     * Return the sum of the magnitudes of the terms of J at the current point, the scale of the
     * rounding error in one evaluation.
     */
    double magnitude() {
        Object output = forward();
        if (upstream == null) {
            return Math.abs(((Number) output).doubleValue());
        }
        double magnitude = 0.0;
        double[] values = Tensor.of(output).toDoubleArray();
        for (int i = 0; i < values.length; i++) {
            magnitude += Math.abs(values[i] * upstream[i]);
        }
        return magnitude;
    }

    private double dot(Object array) {
        double sum = 0.0;
        if (array instanceof double[] row) {
            checkRoom(row.length);
            for (double element : row) {
                sum += element * upstream[offset++];
            }
        } else if (array instanceof float[] row) {
            checkRoom(row.length);
            for (float element : row) {
                sum += element * upstream[offset++];
            }
        } else if (array instanceof Object[] rows) {
            for (Object row : rows) {
                sum += dot(row);
            }
        } else {
            throw shapeChanged();
        }
        return sum;
    }

    private void checkRoom(int length) {
        if (offset + length > upstream.length) {
            throw shapeChanged();
        }
    }

    private LayerExecutionException shapeChanged() {
        return new LayerExecutionException("Cannot check [" + name + "]: its @Forward method returned an output of "
                + "another shape or type while the check perturbed " + perturbed()
                + "; the output shape must depend only on the dimensions, not on the values.", null);
    }
}
