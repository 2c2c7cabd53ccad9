package io.github.gradcheck.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs fixture test classes through the real Jupiter engine and reads the recorded events. */
final class EngineRunSupport {

    private EngineRunSupport() {
    }

    static EngineExecutionResults run(Class<?> testCase) {
        return run(testCase, Map.of());
    }

    static EngineExecutionResults run(Class<?> testCase, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase))
                .configurationParameters(parameters).execute();
    }

    static List<String> testNames(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(EngineRunSupport::name).toList();
    }

    static List<String> failedTestNames(EngineExecutionResults results) {
        return results.testEvents().failed().stream().map(EngineRunSupport::name).toList();
    }

    static Throwable failureOf(EngineExecutionResults results, String displayName) {
        return results.allEvents().finished().stream().filter(event -> name(event).equals(displayName))
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .findFirst().orElseThrow(() -> new AssertionError("no finished event for [" + displayName + "]"));
    }

    static Throwable containerFailure(EngineExecutionResults results) {
        return results.containerEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .findFirst().orElseThrow(() -> new AssertionError("no container failed"));
    }

    static Map<String, String> reportEntryOf(EngineExecutionResults results, String displayName) {
        List<Map<String, String>> entries = results.allEvents().reportingEntryPublished().stream()
                .filter(event -> name(event).equals(displayName))
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
        if (entries.size() != 1) {
            throw new AssertionError("expected one report entry for [" + displayName + "] but found " + entries);
        }
        return entries.get(0);
    }

    static String name(Event event) {
        return event.getTestDescriptor().getDisplayName();
    }
}
