package io.github.gradcheck.proxy;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.github.gradcheck.tensor.Tensor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import net.bytebuddy.implementation.bind.annotation.AllArguments;
import net.bytebuddy.implementation.bind.annotation.Origin;
import net.bytebuddy.implementation.bind.annotation.RuntimeType;
import net.bytebuddy.implementation.bind.annotation.SuperCall;
import org.apiguardian.api.API;

/**
 * Target of a recording proxy's forward and backward methods: copies the arguments of every call,
 * then runs the layer's own method.
 *
 * <p>Public only because generated proxy classes in the layer's package call it.
 *
 * @since 0.1
 */
@API(status = INTERNAL, since = "0.1")
public final class CallRecorder {

    private final Method forward;
    private final Method backward;
    private final List<Object[]> forwardCalls = new ArrayList<>();
    private final List<Object> backwardCalls = new ArrayList<>();

    CallRecorder(Method forward, Method backward) {
        this.forward = forward;
        this.backward = backward;
    }

    /**
     * Record a call and run the original method.
     *
     * @param original  the layer's own implementation, never null
     * @param arguments the call's arguments, never null
     * @param method    the called method, never null
     * @return what the original method returns
     * @throws Exception whatever the original method throws
     * @since 0.1
     */
    @RuntimeType
    public Object intercept(@SuperCall Callable<?> original, @AllArguments Object[] arguments, @Origin Method method)
            throws Exception {

        if (sameSignature(method, forward)) {
            Object[] copies = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                copies[i] = copy(arguments[i]);
            }
            forwardCalls.add(copies);
        } else if (sameSignature(method, backward)) {
            backwardCalls.add(arguments.length == 0 ? null : copy(arguments[0]));
        }
        return original.call();
    }

    private static boolean sameSignature(Method called, Method declared) {
        return called.getName().equals(declared.getName())
                && java.util.Arrays.equals(called.getParameterTypes(), declared.getParameterTypes());
    }

    private static Object copy(Object argument) {
        if (argument instanceof int[] labels) {
            return labels.clone();
        }
        if (argument == null || !Tensor.isSupported(argument.getClass())) {
            return argument;
        }
        Object copy = Tensor.allocate(argument.getClass(), Tensor.shapeOf(argument));
        Tensor.of(copy).setAll(Tensor.of(argument).toDoubleArray());
        return copy;
    }

    List<Object[]> forwardCalls() {
        return forwardCalls;
    }

    List<Object> backwardCalls() {
        return backwardCalls;
    }
}
