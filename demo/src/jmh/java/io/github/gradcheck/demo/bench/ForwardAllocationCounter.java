package io.github.gradcheck.demo.bench;

import java.lang.management.ManagementFactory;

/**
 * Bytes the current thread allocates between consecutive forward passes, read from HotSpot's
 * per-thread allocation counter.
 *
 * <p>A layer that allocates nothing itself calls {@link #mark()} at the start of each forward
 * pass, so every byte allocated between two marks comes from the framework. In a check in mode
 * FULL, nearly all intervals lie inside the per-element loop of the numeric pass. A loop that
 * allocated per element would therefore allocate in about one interval per forward pass, and
 * copies made once per tensor allocate in a few intervals per check.
 *
 * @since 0.1
 */
public final class ForwardAllocationCounter {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private long previous = -1;
    private long intervals;
    private long allocatingIntervals;
    private long bytes;

    /**
     * Create a counter with all counts at zero.
     *
     * @throws IllegalStateException if this JVM does not measure per-thread allocation
     * @since 0.1
     */
    public ForwardAllocationCounter() {
        if (!THREADS.isThreadAllocatedMemorySupported() || !THREADS.isThreadAllocatedMemoryEnabled()) {
            throw new IllegalStateException("Cannot count allocations: this JVM does not measure per-thread "
                    + "allocated memory; run the benchmark on HotSpot with the measurement enabled.");
        }
    }

    /**
     * Forget the previous mark, so the next interval starts at the next forward pass.
     *
     * @since 0.1
     */
    public void restart() {
        previous = -1;
    }

    /**
     * Close the interval since the previous mark and start a new one.
     *
     * @since 0.1
     */
    public void mark() {
        long now = THREADS.getCurrentThreadAllocatedBytes();
        if (previous >= 0) {
            intervals++;
            if (now > previous) {
                allocatingIntervals++;
                bytes += now - previous;
            }
        }
        previous = now;
    }

    /**
     * Return the number of closed intervals.
     *
     * @return the count since construction
     * @since 0.1
     */
    public long intervals() {
        return intervals;
    }

    /**
     * Return the number of closed intervals in which the thread allocated.
     *
     * @return the count since construction
     * @since 0.1
     */
    public long allocatingIntervals() {
        return allocatingIntervals;
    }

    /**
     * Return the bytes allocated in all closed intervals.
     *
     * @return the sum since construction
     * @since 0.1
     */
    public long bytes() {
        return bytes;
    }
}
