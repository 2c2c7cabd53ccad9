package io.github.gradcheck.junit;

import static io.github.gradcheck.junit.EngineRunSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.AffineBiasNotSummed;
import io.github.gradcheck.junit.fixtures.BackwardThrows;
import io.github.gradcheck.junit.fixtures.Scale;
import io.github.gradcheck.junit.fixtures.ScaleGradientHalved;
import io.github.gradcheck.junit.fixtures.ScaledAffineModel;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

class GradCheckParallelTests {

    private static final Map<String, String> CONCURRENT = Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", "4");

    @GradientCheck(value = {Affine.class, AffineBiasNotSummed.class, ScaledAffineModel.class, Scale.class,
        ScaleGradientHalved.class, BackwardThrows.class}, cases = 4)
    static class MixedTestCase implements GradientCheckSuite {
    }

    @Test
    void concurrentRunMatchesSequentialRun() {
        EngineExecutionResults sequential = run(MixedTestCase.class);

        EngineExecutionResults concurrent = run(MixedTestCase.class, CONCURRENT);

        assertThat(maxTestsRunningAtOnce(concurrent)).isGreaterThan(1);
        assertThat(outcomes(concurrent)).isEqualTo(outcomes(sequential));
        assertThat(reportEntries(concurrent)).isEqualTo(reportEntries(sequential));
    }

    @Test
    void sequentialRunHasPassingAndFailingTests() {
        EngineExecutionResults sequential = run(MixedTestCase.class);

        sequential.testEvents().assertStatistics(stats -> stats.started(16).succeeded(12).failed(4));
    }

    /** Count the tests between their start and finish events at the busiest point of the run. */
    private static int maxTestsRunningAtOnce(EngineExecutionResults results) {
        int running = 0;
        int max = 0;
        for (Event event : results.testEvents().list()) {
            running += switch (event.getType()) {
                case STARTED -> 1;
                case FINISHED -> -1;
                default -> 0;
            };
            max = Math.max(max, running);
        }
        return max;
    }

    /** Map each test and container to its display name, status, failure type and message. */
    private static Map<String, String> outcomes(EngineExecutionResults results) {
        Map<String, String> outcomes = new TreeMap<>();
        for (Event event : results.allEvents().finished().list()) {
            TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
            String failure = result.getThrowable().map(e -> e.getClass().getName() + ": " + e.getMessage()).orElse("");
            outcomes.put(event.getTestDescriptor().getUniqueId().toString(),
                    EngineRunSupport.name(event) + " | " + result.getStatus() + " | " + failure);
        }
        return outcomes;
    }

    /** Map each test to its report entry without the measured time, which differs between runs. */
    private static Map<String, Map<String, String>> reportEntries(EngineExecutionResults results) {
        Map<String, Map<String, String>> entries = new TreeMap<>();
        for (Event event : results.allEvents().reportingEntryPublished().list()) {
            Map<String, String> entry = new HashMap<>(event.getRequiredPayload(ReportEntry.class).getKeyValuePairs());
            entry.remove("gradcheck.timeMillis");
            entries.put(event.getTestDescriptor().getUniqueId().toString(), entry);
        }
        return entries;
    }
}
