package io.github.gradcheck.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.generate.Rounding;
import io.github.gradcheck.generate.ShrinkResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs property fixtures through the real Jupiter engine and reads what the runner recorded. */
final class PropertyEngineSupport {

    private PropertyEngineSupport() {
    }

    static EngineExecutionResults run(Class<?> testCase) {
        return run(testCase, Map.of());
    }

    static EngineExecutionResults run(Class<?> testCase, Map<String, String> parameters) {
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testCase))
                .configurationParameters(parameters).execute();
    }

    static List<String> tryNames(EngineExecutionResults results) {
        return results.testEvents().started().stream().map(PropertyEngineSupport::name).toList();
    }

    static Throwable onlyFailure(EngineExecutionResults results) {
        List<Throwable> failures = results.allEvents().failed().stream()
                .map(event -> event.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
                .toList();
        if (failures.size() != 1) {
            throw new AssertionError("expected one failure but found " + failures);
        }
        return failures.get(0);
    }

    static String failedTryName(EngineExecutionResults results) {
        return results.testEvents().failed().stream().map(PropertyEngineSupport::name).findFirst()
                .orElseThrow(() -> new AssertionError("no try failed"));
    }

    static Map<String, String> reportEntry(EngineExecutionResults results) {
        List<Map<String, String>> entries = results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs()).toList();
        if (entries.size() != 1) {
            throw new AssertionError("expected one report entry but found " + entries);
        }
        return entries.get(0);
    }

    /** Read the sizes from a try's display name, such as {@code try 3 {in=2, batch=4}}. */
    static Dimensions dimensionsOf(String tryName) {
        String sizes = tryName.substring(tryName.indexOf('{') + 1, tryName.lastIndexOf('}'));
        Map<String, Integer> parsed = new LinkedHashMap<>();
        for (String pair : sizes.split(", ")) {
            String[] parts = pair.split("=");
            parsed.put(parts[0], Integer.parseInt(parts[1]));
        }
        return Dimensions.of(parsed);
    }

    /**
     * Return the lines the shrink report writes for the original case, the minimal case and the
     * values, taken from {@link ShrinkResult#describe()} so tests compare with the factory.
     */
    static List<String> shrinkLines(Dimensions original, Dimensions minimal, Rounding rounding) {
        return new ShrinkResult<>(0L, original, minimal, rounding, "", "", 0, 0).describe().lines().limit(3)
                .toList();
    }

    /** Read the minimal case from a property failure message. */
    static Dimensions minimalOf(String message) {
        String empty = shrinkLines(Dimensions.empty(), Dimensions.empty(), Rounding.NONE).get(1);
        String label = empty.substring(0, empty.length() - "{}".length());
        String line = message.lines().filter(text -> text.startsWith(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no minimal case in " + message));
        return dimensionsOf(line);
    }

    static String name(Event event) {
        return event.getTestDescriptor().getDisplayName();
    }
}
