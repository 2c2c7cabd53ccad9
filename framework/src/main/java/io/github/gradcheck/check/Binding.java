package io.github.gradcheck.check;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.tensor.Tensor;

/**
 * One parameter of a layer tree, with the way to reach its gradient field.
 *
 * @param layer        the display name of the owning layer class
 * @param valuePath    the parameter's path, such as {@code hidden.W}
 * @param gradientPath the gradient's path, such as {@code hidden.dW}
 * @param adapter      the owning layer's adapter
 * @param owner        the owning layer
 * @param index        the parameter's position in the adapter
 * @param values       a view of the parameter array
 */
record Binding(String layer, String valuePath, String gradientPath, LayerAdapter<Object> adapter, Object owner,
        int index, Tensor values) {

    Object gradient() {
        return adapter.gradient(owner, index);
    }

    void setGradient(Object gradient) {
        adapter.setGradient(owner, index, gradient);
    }

    Object parameterArray() {
        return adapter.parameter(owner, index);
    }
}
