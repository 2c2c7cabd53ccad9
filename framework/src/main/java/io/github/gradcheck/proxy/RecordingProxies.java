package io.github.gradcheck.proxy;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.TypeCache;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.modifier.Visibility;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.implementation.MethodDelegation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.matcher.ElementMatchers;
import org.apiguardian.api.API;

/**
 * Builds Byte Buddy subclass proxies of layer classes that record the inputs of each forward call
 * and the upstream gradient of each backward call, then run the layer's own code.
 *
 * <p>A proxy replaces a layer inside a model for one forward and backward pass. It is created
 * without running a constructor and receives a shallow copy of the layer's fields, so it shares
 * the layer's parameter arrays. {@link Recording#close()} copies the fields back, so the layer
 * keeps the caches its own methods wrote. The proxy class is defined in the layer's package
 * through a private lookup, so package-private forward and backward methods can be overridden.
 *
 * <p>Limitations: final classes, final forward or backward methods and classes in named modules
 * that are not open to gradcheck cannot be proxied. {@link #supports(Class, Method, Method)}
 * checks the first two.
 *
 * @since 0.1
 */
@API(status = INTERNAL, since = "0.1")
public final class RecordingProxies {

    private static final String RECORDER_FIELD = "gradcheck$recorder";

    private static final TypeCache<Class<?>> PROXY_TYPES = new TypeCache.WithInlineExpunction<>(TypeCache.Sort.WEAK);

    private RecordingProxies() {
    }

    /**
     * Tell whether a layer class can be proxied.
     *
     * @param type    the layer class, never null
     * @param forward its forward method, never null
     * @param backward its backward method, never null
     * @return {@code true} when neither the class nor the two methods are final or private
     * @since 0.1
     */
    public static boolean supports(Class<?> type, Method forward, Method backward) {
        return !Modifier.isFinal(type.getModifiers()) && overridable(forward) && overridable(backward)
                && forward.getDeclaringClass().getClassLoader() == type.getClassLoader();
    }

    private static boolean overridable(Method method) {
        int modifiers = method.getModifiers();
        return !Modifier.isFinal(modifiers) && !Modifier.isPrivate(modifiers) && !Modifier.isStatic(modifiers);
    }

    /**
     * Create a recording proxy that replaces a layer for one pass.
     *
     * @param layer    the layer to stand in for, never null
     * @param forward  its forward method, never null
     * @param backward its backward method, never null
     * @return the recording, whose {@link Recording#proxy()} goes where the layer was
     * @throws IllegalStateException if the proxy cannot be built
     * @since 0.1
     */
    public static Recording record(Object layer, Method forward, Method backward) {
        Class<?> type = layer.getClass();
        Class<?> proxyType = PROXY_TYPES.findOrInsert(type.getClassLoader(), type,
                () -> define(type, forward, backward));
        Object proxy = instantiate(proxyType);
        copyFields(type, layer, proxy);
        var recorder = new CallRecorder(forward, backward);
        try {
            proxyType.getField(RECORDER_FIELD).set(proxy, recorder);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot attach a call recorder to a proxy of [" + type.getName() + "]", e);
        }
        return new Recording(layer, proxy, recorder);
    }

    private static Class<?> define(Class<?> type, Method forward, Method backward) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
            return new ByteBuddy()
                    .subclass(type)
                    .name(type.getName() + "$GradcheckRecording")
                    .defineField(RECORDER_FIELD, CallRecorder.class, Visibility.PUBLIC)
                    .method(sameSignature(forward).or(sameSignature(backward)))
                    .intercept(MethodDelegation.toField(RECORDER_FIELD))
                    .make()
                    .load(type.getClassLoader(), ClassLoadingStrategy.UsingLookup.of(lookup))
                    .getLoaded();
        } catch (IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("Cannot build a recording proxy of [" + type.getName() + "]: " + e
                    + "; make the class and its @Forward and @Backward methods non-final, and open its package to "
                    + "gradcheck if it is in a named module.", e);
        }
    }

    /**
     * Match a method and every override of it: a subclass may override the annotated method
     * without repeating the annotation, and the override is what the model calls.
     */
    private static ElementMatcher.Junction<MethodDescription> sameSignature(Method method) {
        return ElementMatchers.<MethodDescription>named(method.getName())
                .and(ElementMatchers.takesArguments(method.getParameterTypes()))
                .and(ElementMatchers.not(ElementMatchers.isStatic()));
    }

    private static Object instantiate(Class<?> proxyType) {
        try {
            // The proxy must not run the layer's constructor: its arguments are unknown here, and it
            // would draw fresh weights. The serialization constructor allocates without running it.
            Constructor<?> objectConstructor = Object.class.getDeclaredConstructor();
            Constructor<?> allocator = sun.reflect.ReflectionFactory.getReflectionFactory()
                    .newConstructorForSerialization(proxyType, objectConstructor);
            return allocator.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot allocate a recording proxy of [" + proxyType.getName() + "]", e);
        }
    }

    static void copyFields(Class<?> type, Object from, Object to) {
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    field.set(to, field.get(from));
                } catch (IllegalAccessException | RuntimeException e) {
                    throw new IllegalStateException("Cannot copy field [" + field.getName() + "] of ["
                            + type.getName() + "] into its recording proxy; make it non-final.", e);
                }
            }
        }
    }
}
