package io.github.gradcheck.junit;

import io.github.gradcheck.api.Dimensions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts what the tries of one property covered: outcomes, rejected draws and, per dimension,
 * how many tries ran at each size. Tries of one run may execute in parallel, so every method
 * locks the instance.
 */
final class PropertyStatistics {

    /** Outcome of one try. */
    enum Outcome {
        PASSED, FAILED, ABORTED
    }

    private final Map<Outcome, Integer> outcomes = new TreeMap<>();
    private final Map<String, Map<Integer, Integer>> sizes = new LinkedHashMap<>();
    private int rejected;

    synchronized void record(PropertyCase generated, Outcome outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        rejected += generated.rejected();
        Dimensions dimensions = generated.dimensions();
        dimensions.asMap().forEach((name, size) -> sizes.computeIfAbsent(name, key -> new TreeMap<>())
                .merge(size, 1, Integer::sum));
    }

    synchronized int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    /**
     * Return the report entries: the tries and their outcomes, then one entry per dimension whose
     * value lists each size with its number of tries, such as {@code 1: 12, 2: 30, 3: 8}.
     */
    synchronized Map<String, String> entries() {
        Map<String, String> entries = new LinkedHashMap<>();
        int total = outcomes.values().stream().mapToInt(Integer::intValue).sum();
        entries.put("gradcheck.tries", total + " run: " + count(Outcome.PASSED) + " passed, " + count(Outcome.FAILED)
                + " failed, " + count(Outcome.ABORTED) + " aborted; " + rejected + (rejected == 1 ? " draw" : " draws")
                + " of sizes rejected by layer constructors");
        sizes.forEach((name, counts) -> entries.put("gradcheck.dimension." + name, counts.entrySet().stream()
                .map(count -> count.getKey() + ": " + count.getValue()).collect(Collectors.joining(", "))));
        return entries;
    }
}
