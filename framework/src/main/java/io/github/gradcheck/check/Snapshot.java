package io.github.gradcheck.check;

import io.github.gradcheck.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Copy of everything a check writes to: parameter values, gradient fields (the reference and
 * the contents), and the caller's inputs. {@link #restore()} puts every bit back, which is how a
 * layer stays bit-identical after a check even when its own code throws half-way.
 */
final class Snapshot {

    private final List<Binding> parameters;
    private final List<double[]> values = new ArrayList<>();
    private final List<Object> gradients = new ArrayList<>();
    private final List<double[]> gradientValues = new ArrayList<>();
    private final List<Tensor> inputs;
    private final List<double[]> inputValues = new ArrayList<>();

    private Snapshot(List<Binding> parameters, List<Tensor> inputs) {
        this.parameters = parameters;
        this.inputs = inputs;
        for (Binding binding : parameters) {
            values.add(binding.values().toDoubleArray());
            Object gradient = binding.gradient();
            gradients.add(gradient);
            gradientValues.add(readable(gradient) ? Tensor.of(gradient).toDoubleArray() : null);
        }
        inputs.forEach(input -> inputValues.add(input.toDoubleArray()));
    }

    static Snapshot take(List<Binding> parameters, List<Tensor> inputs) {
        return new Snapshot(parameters, inputs);
    }

    /**
     * Return the parameter values as they were when the snapshot was taken.
     *
     * @param index the parameter's position in the tree
     * @return the row-major values; the caller must not modify them
     */
    double[] values(int index) {
        return values.get(index);
    }

    /**
     * Return the first parameter whose values differ from the snapshot, bit for bit.
     *
     * @return its position, or -1 when all are unchanged
     */
    int firstChangedParameter() {
        for (int i = 0; i < parameters.size(); i++) {
            if (!sameBits(parameters.get(i).values(), values.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Return the first caller input whose values differ from the snapshot.
     *
     * @return its position among the floating-point inputs, or -1 when all are unchanged
     */
    int firstChangedInput() {
        for (int i = 0; i < inputs.size(); i++) {
            if (!sameBits(inputs.get(i), inputValues.get(i))) {
                return i;
            }
        }
        return -1;
    }

    void restoreParameters() {
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).values().setAll(values.get(i));
        }
    }

    void restore() {
        restoreParameters();
        for (int i = 0; i < parameters.size(); i++) {
            Binding binding = parameters.get(i);
            Object original = gradients.get(i);
            if (gradientValues.get(i) != null) {
                Tensor.of(original).setAll(gradientValues.get(i));
            }
            binding.setGradient(original);
        }
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).setAll(inputValues.get(i));
        }
    }

    private static boolean sameBits(Tensor tensor, double[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToRawLongBits(tensor.get(i)) != Double.doubleToRawLongBits(expected[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean readable(Object gradient) {
        if (gradient == null) {
            return false;
        }
        try {
            Tensor.of(gradient);
            return true;
        } catch (IllegalArgumentException e) {
            // A ragged or empty gradient array left by an earlier backward pass is the user's state:
            // the check replaces the field and puts this exact reference back afterwards.
            return false;
        }
    }
}
