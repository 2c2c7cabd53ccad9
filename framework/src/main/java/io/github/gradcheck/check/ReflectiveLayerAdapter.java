package io.github.gradcheck.check;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.api.LayerAdapter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * Adapter built from a {@link LayerDescriptor} at run time, used when the annotation processor
 * did not generate one: the class comes from a jar, or its project does not run the processor.
 *
 * <p>Forward, backward and the constructor are called through method handles, so the hot loop
 * pays one handle invocation per forward pass and no reflective lookup.
 */
final class ReflectiveLayerAdapter implements LayerAdapter<Object> {

    private final LayerDescriptor descriptor;
    private final MethodHandle forward;
    private final MethodHandle backward;
    private final MethodHandle constructor;

    ReflectiveLayerAdapter(LayerDescriptor descriptor) {
        this.descriptor = descriptor;
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            this.forward = lookup.unreflect(descriptor.forward())
                    .asSpreader(Object[].class, descriptor.forward().getParameterCount())
                    .asType(MethodType.methodType(Object.class, Object.class, Object[].class));
            this.backward = lookup.unreflect(descriptor.backward());
            this.constructor = lookup.unreflectConstructor(descriptor.constructor());
        } catch (IllegalAccessException e) {
            throw new LayerDefinitionException("Cannot check [" + descriptor.displayName()
                    + "]: its forward, backward or constructor cannot be opened for reflection (" + e.getMessage()
                    + "); open the package to gradcheck or run the annotation processor.");
        }
    }

    @SuppressWarnings("unchecked")
    @Override
    public Class<Object> layerType() {
        return (Class<Object>) descriptor.type();
    }

    @Override
    public Object create(Dimensions dimensions) throws Throwable {
        List<Object> arguments = new ArrayList<>();
        descriptor.constructorDimensions().forEach(dimension -> arguments.add(dimensions.get(dimension.name())));
        return constructor.invokeWithArguments(arguments);
    }

    @Override
    public List<String> parameterNames() {
        return descriptor.parameters().stream().map(LayerDescriptor.Parameter::name).toList();
    }

    @Override
    public Object parameter(Object layer, int index) {
        return read(descriptor.parameters().get(index).field(), layer);
    }

    @Override
    public Object gradient(Object layer, int index) {
        return read(descriptor.parameters().get(index).gradientField(), layer);
    }

    @Override
    public void setGradient(Object layer, int index, Object gradient) {
        try {
            descriptor.parameters().get(index).gradientField().set(layer, gradient);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot write gradient field ["
                    + descriptor.parameters().get(index).gradientName() + "] of " + descriptor.displayName(), e);
        }
    }

    @Override
    public List<String> layerNames() {
        return descriptor.layers().stream().map(LayerDescriptor.SubLayer::name).toList();
    }

    @Override
    public Object layer(Object layer, int index) {
        return read(descriptor.layers().get(index).field(), layer);
    }

    @Override
    public Object forward(Object layer, Object[] inputs) throws Throwable {
        return (Object) forward.invokeExact(layer, inputs);
    }

    @Override
    public Object backward(Object layer, Object upstream) throws Throwable {
        return upstream == null ? backward.invoke(layer) : backward.invoke(layer, upstream);
    }

    private Object read(java.lang.reflect.Field field, Object layer) {
        try {
            return field.get(layer);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(
                    "Cannot read field [" + field.getName() + "] of " + descriptor.displayName(), e);
        }
    }
}
