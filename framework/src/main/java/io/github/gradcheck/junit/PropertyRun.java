package io.github.gradcheck.junit;

import io.github.gradcheck.junit.PropertyStatistics.Outcome;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * State of one property method's run: its settings, seed and tries, whether a try has failed, and
 * what the tries covered. One instance lives as long as the test template it belongs to.
 */
final class PropertyRun {

    /**
     * The seed of a run and where it came from.
     *
     * @param value  the seed
     * @param source a phrase naming its origin, for the report entries and the failure message
     */
    record Seed(long value, String source) {
    }

    private final PropertyPlan plan;
    private final PropertyCases cases;
    private final GradientProperty property;
    private final Seed seed;
    private final long[] trySeeds;
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicBoolean published = new AtomicBoolean();
    private final PropertyStatistics statistics = new PropertyStatistics();

    private PropertyRun(PropertyPlan plan, GradientProperty property, Seed seed) {
        this.plan = plan;
        this.cases = new PropertyCases(plan);
        this.property = property;
        this.seed = seed;
        var random = new SplittableRandom(seed.value());
        this.trySeeds = new long[property.tries()];
        for (int i = 0; i < trySeeds.length; i++) {
            trySeeds[i] = random.nextLong();
        }
    }

    static PropertyRun start(ExtensionContext context, Method method, GradientProperty property) {
        String where = PropertyPlan.describe(method);
        if (property.tries() < 1 || property.maxDimension() < 1 || property.maxShrinkAttempts() < 0) {
            throw new IllegalArgumentException("Cannot run property " + where + " with tries [" + property.tries()
                    + "], maxDimension [" + property.maxDimension() + "] and maxShrinkAttempts ["
                    + property.maxShrinkAttempts() + "]; give at least 1 try, a maximum dimension of at least 1 and "
                    + "at least 0 shrink attempts.");
        }
        PropertyPlan plan = PropertyPlan.of(method, context.getRequiredTestClass(), property.maxDimension());
        return new PropertyRun(plan, property, seed(context, property));
    }

    private static Seed seed(ExtensionContext context, GradientProperty property) {
        Optional<String> configured = context.getConfigurationParameter(GradientPropertyExtension.SEED_KEY);
        if (configured.isPresent()) {
            try {
                return new Seed(Long.parseLong(configured.get().trim()),
                        "configuration parameter " + GradientPropertyExtension.SEED_KEY);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Cannot parse configuration parameter ["
                        + GradientPropertyExtension.SEED_KEY + "] value [" + configured.get()
                        + "]; give a decimal long such as 42.", e);
            }
        }
        if (property.seed() != GradientProperty.RANDOM_SEED) {
            return new Seed(property.seed(), "@GradientProperty(seed)");
        }
        long drawn = GradientProperty.RANDOM_SEED;
        while (drawn == GradientProperty.RANDOM_SEED) {
            drawn = new SplittableRandom().nextLong();
        }
        return new Seed(drawn, "drawn at random because @GradientProperty sets no seed");
    }

    PropertyCase generate(int index) {
        return cases.generate(index, trySeeds[index]);
    }

    PropertyPlan plan() {
        return plan;
    }

    PropertyCases cases() {
        return cases;
    }

    Seed seed() {
        return seed;
    }

    int tries() {
        return trySeeds.length;
    }

    int maxShrinkAttempts() {
        return property.maxShrinkAttempts();
    }

    boolean stopped() {
        return stopped.get();
    }

    /**
     * Stop the run.
     *
     * @return {@code true} for the call that stopped it, {@code false} when it was stopped before
     */
    boolean stop() {
        return stopped.compareAndSet(false, true);
    }

    void record(PropertyCase generated, Outcome outcome) {
        statistics.record(generated, outcome);
    }

    /**
     * Publish the seed and the statistics once, on the test template's context, when the last try
     * has run or a try has stopped the run.
     */
    void publishIfDone(PropertyCase generated, ExtensionContext invocation) {
        boolean done = stopped() || generated == null || generated.index() == tries() - 1;
        if (done && published.compareAndSet(false, true)) {
            Map<String, String> entries = new LinkedHashMap<>();
            entries.put("gradcheck.seed", seed.value() + " (" + seed.source() + ")");
            entries.putAll(statistics.entries());
            invocation.getParent().orElse(invocation).publishReportEntry(entries);
        }
    }
}
