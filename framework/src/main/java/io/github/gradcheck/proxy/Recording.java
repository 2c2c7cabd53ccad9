package io.github.gradcheck.proxy;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Record of a recording proxy: the copied arguments of each forward and backward call.
 *
 * @since 0.1
 */
@API(status = INTERNAL, since = "0.1")
public final class Recording implements AutoCloseable {

    private final Object layer;
    private final Object proxy;
    private final CallRecorder recorder;

    Recording(Object layer, Object proxy, CallRecorder recorder) {
        this.layer = layer;
        this.proxy = proxy;
        this.recorder = recorder;
    }

    /**
     * Return the proxy that replaces the layer during the recorded pass.
     *
     * @return the proxy, an instance of a subclass of the layer's class
     * @since 0.1
     */
    public Object proxy() {
        return proxy;
    }

    /**
     * Return the layer the proxy replaces.
     *
     * @return the original layer
     * @since 0.1
     */
    public Object layer() {
        return layer;
    }

    /**
     * Return the copied inputs of each forward call, in call order.
     *
     * @return one argument array per call, never null
     * @since 0.1
     */
    public List<Object[]> forwardCalls() {
        return recorder.forwardCalls();
    }

    /**
     * Return the copied upstream gradient of each backward call, in call order.
     *
     * @return one array per call, null for a loss, never null as a list
     * @since 0.1
     */
    public List<Object> backwardCalls() {
        return recorder.backwardCalls();
    }

    /**
     * Copy the proxy's fields back into the layer, so the layer keeps what its own methods cached.
     *
     * @since 0.1
     */
    @Override
    public void close() {
        RecordingProxies.copyFields(layer.getClass(), proxy, layer);
    }
}
