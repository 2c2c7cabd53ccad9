package io.github.gradcheck.junit;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.generate.GradientShrinker;
import io.github.gradcheck.generate.ShrinkResult;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The generated cases of a suite's layers, each run once and kept in the extension context
 * store of the test factory, so the tests of one layer share its cases, also when they run in
 * parallel.
 */
final class GradCheckCases {

    private final ExtensionContext.Store store;
    private final GradCheckSuiteDefinition definition;

    GradCheckCases(ExtensionContext.Store store, GradCheckSuiteDefinition definition) {
        this.store = store;
        this.definition = definition;
    }

    /** Store key of one case of one layer. */
    private record Key(Class<?> layer, int index) {
    }

    /**
     * Result of one case: the report, or what the check threw. A stored exception is rethrown to
     * every test of the layer, so each one fails with the layer's own message.
     */
    private record Outcome(GradientReport report, RuntimeException failure) {
    }

    /** Return the number of cases per layer. */
    int count() {
        return definition.configuration().cases();
    }

    /**
     * Return the report of one case, running the case when no test of the layer ran it yet.
     *
     * @throws RuntimeException the exception of the check, such as a
     *                          {@link io.github.gradcheck.check.LayerExecutionException}
     */
    GradientReport report(Class<?> layer, int index) {
        var key = new Key(layer, index);
        Outcome outcome = store.getOrComputeIfAbsent(key, this::run, Outcome.class);
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.report();
    }

    /** Return the report of one case if a test already ran it and it did not throw. */
    Optional<GradientReport> completed(Class<?> layer, int index) {
        Outcome outcome = store.get(new Key(layer, index), Outcome.class);
        return Optional.ofNullable(outcome).map(Outcome::report);
    }

    /** Return a copy of a failing case's report whose rerun line fits a test run by Maven. */
    GradientReport withRerun(GradientReport report, int index) {
        return report.withReplay(definition.rerun(report.layerName(), index));
    }

    /** Store key of the shrinking of one gradient's failure in one case. */
    private record ShrinkKey(Class<?> layer, int index, String path) {
    }

    /**
     * Shrink the dimensions of a failing case while the given gradient keeps failing, once per
     * layer, case and gradient.
     *
     * @return the result, or empty when shrinking could not run
     */
    Optional<ShrinkResult<GradientReport>> shrink(Class<?> layer, int index, String path, GradientReport failing) {
        @SuppressWarnings("unchecked")
        Optional<ShrinkResult<GradientReport>> result = store.getOrComputeIfAbsent(
                new ShrinkKey(layer, index, path), key -> shrinkNow(key, failing), Optional.class);
        return result;
    }

    private Optional<ShrinkResult<GradientReport>> shrinkNow(ShrinkKey key, GradientReport failing) {
        GradCheckConfiguration configuration = definition.configuration();
        var shrinker = GradientShrinker.of(key.layer()).withConfig(configuration.checkConfig())
                .withMaxDimension(configuration.maxDimension())
                .withFailure(candidate -> candidate.tensor(key.path()).map(tensor -> !tensor.passed()).orElse(false));
        try {
            return Optional.of(shrinker.shrink(failing));
        } catch (RuntimeException e) {
            // The original failure is still reported in full. A shrink that cannot run, for example
            // because a smaller case makes the constructor throw, only loses the smaller case.
            return Optional.empty();
        }
    }

    private Outcome run(Key key) {
        try {
            var checker = definition.configuration().checker(key.layer(), key.index());
            return new Outcome(checker.check(), null);
        } catch (RuntimeException e) {
            // Kept, not swallowed: report(...) rethrows it to every test of this layer and case.
            return new Outcome(null, e);
        }
    }
}
