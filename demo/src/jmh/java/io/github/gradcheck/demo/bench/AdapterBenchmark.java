package io.github.gradcheck.demo.bench;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerAdapters;
import io.github.gradcheck.demo.layers.Dense;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of calling {@link Dense}'s forward pass through the generated adapter and through the
 * reflective fallback, and of a whole check with each.
 *
 * <p>The reflective side uses a copy of Dense defined by {@link UnindexedClassLoader}: the same
 * bytecode, but without an entry in the processor index, so {@link LayerAdapters#of(Class)}
 * returns the framework's reflective adapter for it. A direct call and
 * {@link Method#invoke(Object, Object...)} are the baselines. The size {@code small} is in = 4,
 * out = 3, batch = 2, where the call overhead is a visible share of the forward pass; {@code large}
 * is in = 256, out = 128, batch = 8, as in {@link ModeCostBenchmark}. The checks run in mode AUTO.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AdapterBenchmark {

    /**
     * Layer size: {@code small} or {@code large}.
     *
     * @since 0.1
     */
    @Param({"small", "large"})
    public String size;

    private Dense layer;
    private Object copiedLayer;
    private double[][] x;
    private Object[] inputs;
    private LayerAdapter<Object> generated;
    private LayerAdapter<Object> reflective;
    private Method forward;
    private GradientChecker generatedCheck;
    private GradientChecker reflectiveCheck;

    /**
     * Build both layers, both adapters and both checkers.
     *
     * @throws ReflectiveOperationException if the copy of Dense cannot be constructed
     * @since 0.1
     */
    @Setup
    public void setUp() throws ReflectiveOperationException {
        int in = size.equals("small") ? 4 : 256;
        int out = size.equals("small") ? 3 : 128;
        int batch = size.equals("small") ? 2 : 8;
        Class<?> copy = UnindexedClassLoader.copyOf(Dense.class);
        requireAdapters(copy);

        layer = new Dense(in, out);
        copiedLayer = copy.getConstructor(int.class, int.class).newInstance(in, out);
        x = new double[batch][in];
        for (int n = 0; n < batch; n++) {
            for (int i = 0; i < in; i++) {
                x[n][i] = Math.sin(n * in + i);
            }
        }
        inputs = new Object[] {x};
        generated = LayerAdapters.of(Dense.class);
        reflective = LayerAdapters.of(copy);
        forward = Dense.class.getMethod("forward", double[][].class);
        generatedCheck = dimensions(GradientChecker.of(Dense.class), in, out, batch);
        reflectiveCheck = dimensions(GradientChecker.of(copy), in, out, batch);
    }

    private static void requireAdapters(Class<?> copy) {
        boolean original = LayerAdapters.isGenerated(Dense.class);
        boolean copied = LayerAdapters.isGenerated(copy);
        if (!original || copied) {
            throw new IllegalStateException("Cannot compare adapters: expected a generated adapter for "
                    + "Dense and the reflective one for its copy, but isGenerated returned [" + original
                    + "] and [" + copied + "]; build the demo with the gradcheck processor.");
        }
    }

    private static GradientChecker dimensions(GradientChecker checker, int in, int out, int batch) {
        return checker.withDimension("in", in).withDimension("out", out).withDimension("batch", batch);
    }

    /**
     * Call the forward pass directly.
     *
     * @return the output, consumed by JMH
     * @since 0.1
     */
    @Benchmark
    public Object forwardDirect() {
        return layer.forward(x);
    }

    /**
     * Call the forward pass through the adapter the processor generated.
     *
     * @return the output, consumed by JMH
     * @throws Throwable whatever the forward pass throws
     * @since 0.1
     */
    @Benchmark
    public Object forwardGeneratedAdapter() throws Throwable {
        return generated.forward(layer, inputs);
    }

    /**
     * Call the forward pass of the copy through the framework's reflective adapter.
     *
     * @return the output, consumed by JMH
     * @throws Throwable whatever the forward pass throws
     * @since 0.1
     */
    @Benchmark
    public Object forwardReflectiveAdapter() throws Throwable {
        return reflective.forward(copiedLayer, inputs);
    }

    /**
     * Call the forward pass through {@link Method#invoke(Object, Object...)}.
     *
     * @return the output, consumed by JMH
     * @throws ReflectiveOperationException if the call fails
     * @since 0.1
     */
    @Benchmark
    public Object forwardMethodInvoke() throws ReflectiveOperationException {
        return forward.invoke(layer, inputs);
    }

    /**
     * Run a whole check of Dense, which uses the generated adapter.
     *
     * @return the report, consumed by JMH
     * @since 0.1
     */
    @Benchmark
    public GradientReport checkGeneratedAdapter() {
        return generatedCheck.check();
    }

    /**
     * Run a whole check of the copy of Dense, which uses the reflective adapter.
     *
     * @return the report, consumed by JMH
     * @since 0.1
     */
    @Benchmark
    public GradientReport checkReflectiveAdapter() {
        return reflectiveCheck.check();
    }
}
