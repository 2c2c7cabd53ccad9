package io.github.gradcheck.demo.bench;

import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerAdapters;
import io.github.gradcheck.check.Mode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Bytes the framework allocates for one FULL check of {@link ElementwiseScale}, a layer that
 * allocates nothing itself, at two sizes.
 *
 * <p>Run with {@code -prof gc}. The difference of {@code gc.alloc.rate.norm} between n = 1024 and
 * n = 256, divided by the 3 · 256 · 2 = 1536 additional perturbed elements (w and x each grow by
 * 768), is the allocation per perturbed element. {@link #checkCountingIntervals} runs the same
 * check and counts, between consecutive forward passes, the intervals in which the thread
 * allocated. A numeric pass that allocated per element would allocate in about one interval per
 * forward pass, while copies made once per tensor allocate in a fixed number of intervals per
 * check. Allocations before the first forward pass of a check are outside every interval.
 *
 * <p>The check is built from the layer instance and its input, so neither is constructed during
 * the measurement. The adapter {@code generated} is the processor's; {@code reflective} is the
 * framework's fallback, used for a copy of the class made by {@link UnindexedClassLoader}.
 *
 * @since 0.1
 */
@State(Scope.Thread)
@BenchmarkMode(org.openjdk.jmh.annotations.Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AllocationBenchmark {

    /**
     * Number of elements of w and of x.
     *
     * @since 0.1
     */
    @Param({"256", "1024"})
    public int n;

    /**
     * Adapter the check uses: {@code generated} or {@code reflective}.
     *
     * @since 0.1
     */
    @Param({"generated", "reflective"})
    public String adapter;

    private GradientChecker checker;
    private GradientChecker countedChecker;
    private ForwardAllocationCounter counter;
    private GradientReport last;

    /**
     * Counts of {@link #checkCountingIntervals}, summed over each iteration and reported by JMH
     * next to the time.
     *
     * @since 0.1
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Intervals {

        /** Checks run. */
        public long checks;

        /** Intervals between consecutive forward passes. */
        public long intervals;

        /** Intervals in which the framework allocated. */
        public long allocatingIntervals;

        /** Bytes allocated in all intervals. */
        public long allocatedBytes;

        /**
         * Set every count to zero before an iteration.
         *
         * @since 0.1
         */
        @Setup(Level.Iteration)
        public void clear() {
            checks = 0;
            intervals = 0;
            allocatingIntervals = 0;
            allocatedBytes = 0;
        }
    }

    /**
     * Build the layers, their input and the checkers.
     *
     * @throws ReflectiveOperationException if the layer cannot be constructed
     * @since 0.1
     */
    @Setup
    public void setUp() throws ReflectiveOperationException {
        Class<?> type = adapter.equals("generated") ? ElementwiseScale.class
                : UnindexedClassLoader.copyOf(ElementwiseScale.class);
        if (LayerAdapters.isGenerated(type) != adapter.equals("generated")) {
            throw new IllegalStateException("Cannot measure adapter [" + adapter + "]: the checker picked the other "
                    + "one for ElementwiseScale; build the benchmarks with the gradcheck processor.");
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.cos(i);
        }
        CheckConfig full = CheckConfig.defaults().withMode(Mode.FULL);
        checker = GradientChecker.of(type.getConstructor(int.class).newInstance(n), x).withConfig(full);

        Object counted = type.getConstructor(int.class).newInstance(n);
        counter = new ForwardAllocationCounter();
        type.getField("counter").set(counted, counter);
        countedChecker = GradientChecker.of(counted, x.clone()).withConfig(full);
    }

    /**
     * Run one FULL check.
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
     * Run one FULL check while the layer marks every forward pass.
     *
     * @param counts the counts to add this check's intervals to
     * @return the report, consumed by JMH
     * @since 0.1
     */
    @Benchmark
    public GradientReport checkCountingIntervals(Intervals counts) {
        long intervals = counter.intervals();
        long allocating = counter.allocatingIntervals();
        long bytes = counter.bytes();
        counter.restart();
        last = countedChecker.check();
        counts.checks++;
        counts.intervals += counter.intervals() - intervals;
        counts.allocatingIntervals += counter.allocatingIntervals() - allocating;
        counts.allocatedBytes += counter.bytes() - bytes;
        return last;
    }

    /**
     * Fail the run when the last check did not pass, because refining mismatching elements
     * would add forward passes and allocations of its own.
     *
     * @throws IllegalStateException if the last report failed
     * @since 0.1
     */
    @TearDown
    public void requirePassed() {
        if (last != null && !last.passed()) {
            throw new IllegalStateException("Cannot use the allocation of n = [" + n + "]: the check of the correct "
                    + "ElementwiseScale layer failed: " + last + "; fix the checker before benchmarking it.");
        }
    }
}
