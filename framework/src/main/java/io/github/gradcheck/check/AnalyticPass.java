package io.github.gradcheck.check;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs forward and backward once at the unperturbed point and copies out every analytic
 * gradient.
 *
 * <p>Gradient fields are zeroed first, in place when they already hold an array of the right
 * shape and with a new zero array otherwise, so a backward pass that adds into its fields
 * ({@code dW[i][j] += ...}) gives the same result as one that assigns new arrays.
 */
final class AnalyticPass {

    private final String name;
    private final List<double[]> parameterGradients = new ArrayList<>();
    private double[] inputGradient;
    private int[] inputShape;

    private AnalyticPass(String name) {
        this.name = name;
    }

    static AnalyticPass run(LayerObjective objective, LayerAdapter<Object> adapter, Object layer,
            List<Binding> parameters, Object upstream, String name) {

        AnalyticPass pass = new AnalyticPass(name);
        parameters.forEach(AnalyticPass::zeroGradient);

        objective.forward();
        Object returned;
        try {
            returned = adapter.backward(layer, upstream);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new LayerExecutionException("Cannot check [" + name + "]: its @Backward method threw " + e
                    + "; fix the backward pass.", e);
        }

        for (Binding binding : parameters) {
            pass.parameterGradients.add(pass.read(binding));
        }
        pass.inputGradient = returned == null ? null : pass.readInput(returned);
        return pass;
    }

    private static void zeroGradient(Binding binding) {
        Object gradient = binding.gradient();
        if (gradient != null && gradient.getClass() == binding.values().arrayType()) {
            try {
                Tensor view = Tensor.of(gradient);
                if (view.hasShape(binding.values().shape())) {
                    view.fillZero();
                    return;
                }
            } catch (IllegalArgumentException e) {
                // A ragged array left over from earlier use is replaced below; the snapshot keeps the original.
            }
        }
        binding.setGradient(Tensor.allocate(binding.values().arrayType(), binding.values().shape()));
    }

    private double[] read(Binding binding) {
        Object gradient = binding.gradient();
        String where = "Cannot check [" + name + "]: after backward, gradient field [" + binding.gradientPath() + "]";
        if (gradient == null) {
            throw new LayerExecutionException(where + " is null; assign it in the @Backward method, for example `"
                    + simpleName(binding) + " = new " + binding.values().arrayType().getSimpleName()
                            .replaceFirst("\\[]", "[" + binding.values().shape()[0] + "]") + "`.", null);
        }
        return checkedValues(gradient, binding.values().shape(), binding.values().arrayType(), where,
                "give it the shape of parameter [" + binding.valuePath() + "]");
    }

    private static String simpleName(Binding binding) {
        String path = binding.gradientPath();
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private double[] readInput(Object returned) {
        double[] values = checkedValues(returned, null, null, "Cannot check [" + name + "]: the input gradient "
                + "returned by @Backward", "return an array of the input's shape");
        inputShape = Tensor.shapeOf(returned);
        return values;
    }

    private static double[] checkedValues(Object gradient, int[] shape, Class<?> type, String where, String fix) {
        Tensor view;
        try {
            view = Tensor.of(gradient);
        } catch (IllegalArgumentException e) {
            throw new LayerExecutionException(where + " cannot be read: " + e.getMessage(), e);
        }
        if (type != null && gradient.getClass() != type) {
            throw new LayerExecutionException(where + " has type " + gradient.getClass().getSimpleName()
                    + " instead of " + type.getSimpleName() + "; " + fix + ".", null);
        }
        if (shape != null && !view.hasShape(shape)) {
            throw new LayerExecutionException(where + " has shape " + Tensor.format(view.shape()) + " instead of "
                    + Tensor.format(shape) + "; " + fix + ".", null);
        }
        return view.toDoubleArray();
    }

    List<double[]> parameterGradients() {
        return parameterGradients;
    }

    double[] inputGradient() {
        return inputGradient;
    }

    /** Return the shape of the returned input gradient, or null when backward returned none. */
    int[] inputShape() {
        return inputShape;
    }
}
