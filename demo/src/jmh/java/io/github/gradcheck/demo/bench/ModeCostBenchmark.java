package io.github.gradcheck.demo.bench;

import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerAdapters;
import io.github.gradcheck.check.Mode;
import io.github.gradcheck.demo.layers.Dense;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time of one whole check of a large {@link Dense} layer in each mode.
 *
 * <p>The layer has in = 256, out = 128 and batch = 8, so W has 32,768 elements, b 128 and the
 * input x 2,048. FULL perturbs every element. AUTO sweeps b element by element and checks W and x
 * along the configured number of random directions, because both exceed the full-sweep limit of
 * 1,024 elements. SAMPLED perturbs that many elements of each tensor. Each operation constructs
 * the layer, generates the input and runs the check, as {@code GradientChecker.check()} does.
 *
 * @since 0.1
 */
@State(Scope.Benchmark)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ModeCostBenchmark {

    /**
     * Mode of the check under measurement.
     *
     * @since 0.1
     */
    @Param({"FULL", "AUTO", "SAMPLED"})
    public Mode mode;

    private GradientChecker checker;
    private GradientReport last;

    /**
     * Build the checker for the configured mode.
     *
     * @throws IllegalStateException if the processor generated no adapter for Dense
     * @since 0.1
     */
    @Setup
    public void setUp() {
        if (!LayerAdapters.isGenerated(Dense.class)) {
            throw new IllegalStateException("Cannot benchmark the demo's Dense layer: its generated adapter is "
                    + "missing; build the demo module with the gradcheck processor.");
        }
        checker = GradientChecker.of(Dense.class)
                .withDimension("in", 256)
                .withDimension("out", 128)
                .withDimension("batch", 8)
                .withConfig(CheckConfig.defaults().withMode(mode));
    }

    /**
     * Run one check.
     *
     * @return the report, consumed by JMH
     * @since 0.1
     */
    @Benchmark
    public GradientReport check() {
        last = checker.check();
        return last;
    }

    /**
     * Fail the run when the last check did not pass, because a failing check spends extra forward
     * passes on refining mismatching elements and would time something else.
     *
     * @throws IllegalStateException if the last report failed
     * @since 0.1
     */
    @TearDown
    public void requirePassed() {
        if (last != null && !last.passed()) {
            throw new IllegalStateException("Cannot use the timing of mode [" + mode + "]: the check of the correct "
                    + "Dense layer failed: " + last + "; fix the checker before benchmarking it.");
        }
    }
}
