package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerExecutionException;
import io.github.gradcheck.check.TensorReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Shrinks a failing {@link GradientChecker} case of a layer class to the smallest dimensions
 * that still fail.
 *
 * <pre>{@code
 * GradientReport report = GradientChecker.of(Dense.class).withSeed(seed).check();
 * if (!report.passed()) {
 *     ShrinkResult<GradientReport> result = GradientShrinker.of(Dense.class).shrink(report);
 *     String message = GradientMismatch.of(result.minimalFailure()).create() + result.describe();
 * }
 * }</pre>
 *
 * <p>Each candidate is the check of the same seed with every dimension fixed by
 * {@link GradientChecker#withDimension}, so the minimal report's {@link GradientReport#replay()}
 * line reruns exactly that case. Because fixed sizes take the same random values as drawn ones,
 * the original case fixed to its own sizes has the same inputs as before. A candidate counts as
 * failing when some tensor fails and every failing tensor also failed in the original case, so
 * shrinking does not slide from one fault to another; {@link #withFailure} replaces that rule.
 * A candidate whose constructor or passes throw, such as a window larger than the input, counts
 * as passing.
 *
 * <p>Limitations: only dimensions shrink. The inputs stay those the seed generates for each size,
 * because a check of rounded inputs could not be rerun from a seed.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradientShrinker {

    private final Class<?> layerType;
    private final CheckConfig config;
    private final int maxDimension;
    private final Dimensions fixed;
    private final int maxAttempts;
    private final Predicate<GradientReport> failure;

    private GradientShrinker(Class<?> layerType, CheckConfig config, int maxDimension, Dimensions fixed,
            int maxAttempts, Predicate<GradientReport> failure) {

        this.layerType = layerType;
        this.config = config;
        this.maxDimension = maxDimension;
        this.fixed = fixed;
        this.maxAttempts = maxAttempts;
        this.failure = failure;
    }

    /**
     * Create a shrinker for a layer class with the checker's defaults.
     *
     * @param layerType a {@code @Differentiable} class, never null
     * @return the shrinker
     * @throws io.github.gradcheck.check.LayerDefinitionException if the class breaks the layer
     *     contract
     * @since 0.1
     */
    public static GradientShrinker of(Class<?> layerType) {
        Objects.requireNonNull(layerType, "layerType");
        LayerDescriptor.of(layerType);
        return new GradientShrinker(layerType, CheckConfig.defaults(), CaseGenerator.DEFAULT_MAX_DIMENSION,
                Dimensions.empty(), Shrinker.DEFAULT_MAX_ATTEMPTS, null);
    }

    /**
     * Return a copy that checks candidates with other settings; use those of the failing check.
     *
     * @param config the settings, never null
     * @return the copy
     * @since 0.1
     */
    public GradientShrinker withConfig(CheckConfig config) {
        Objects.requireNonNull(config, "config");
        return new GradientShrinker(layerType, config, maxDimension, fixed, maxAttempts, failure);
    }

    /**
     * Return a copy with the upper bound of the failing check, used for dimensions whose
     * {@code @Dim} gives none.
     *
     * @param maxDimension at least 1
     * @return the copy
     * @since 0.1
     */
    public GradientShrinker withMaxDimension(int maxDimension) {
        CaseGenerator.of(LayerDescriptor.of(layerType)).withMaxDimension(maxDimension);
        return new GradientShrinker(layerType, config, maxDimension, fixed, maxAttempts, failure);
    }

    /**
     * Return a copy that keeps a dimension at the size the failing check fixed it to.
     *
     * @param name the dimension name, never null
     * @param size the size, at least 1
     * @return the copy
     * @since 0.1
     */
    public GradientShrinker withDimension(String name, int size) {
        return new GradientShrinker(layerType, config, maxDimension, fixed.with(name, size), maxAttempts, failure);
    }

    /**
     * Return a copy that runs at most a given number of candidate checks.
     *
     * @param maxAttempts at least 1
     * @return the copy
     * @throws IllegalArgumentException if the number is below 1
     * @since 0.1
     */
    public GradientShrinker withMaxAttempts(int maxAttempts) {
        return new GradientShrinker(layerType, config, maxDimension, fixed, Shrinker.checkAttempts(maxAttempts),
                failure);
    }

    /**
     * Return a copy that counts a candidate as failing when a predicate holds for its report.
     *
     * @param failure the predicate, never null
     * @return the copy
     * @since 0.1
     */
    public GradientShrinker withFailure(Predicate<GradientReport> failure) {
        Objects.requireNonNull(failure, "failure");
        return new GradientShrinker(layerType, config, maxDimension, fixed, maxAttempts, failure);
    }

    /**
     * Check the class with a seed and shrink the case if it fails.
     *
     * @param seed the seed of the check
     * @return the result
     * @throws IllegalStateException if the check passes
     * @since 0.1
     */
    public ShrinkResult<GradientReport> shrink(long seed) {
        GradientReport report = checker(seed, fixed).check();
        if (report.passed()) {
            throw new IllegalStateException("Cannot shrink the check of " + report.layerName() + " with seed [" + seed
                    + "]: it passes for " + report.dimensions() + "; shrink a failing check.");
        }
        return shrink(report);
    }

    /**
     * Shrink the case of a failing report.
     *
     * @param failing a failing report of a generated case of this shrinker's class, never null
     * @return the result; its minimal failure is the report of the smallest failing case
     * @throws IllegalArgumentException if the report is of another class, passed, or checked
     *     inputs given by the caller
     * @since 0.1
     */
    public ShrinkResult<GradientReport> shrink(GradientReport failing) {
        Objects.requireNonNull(failing, "failing");
        long seed = validate(failing);
        Predicate<GradientReport> fails = failure != null ? failure : sameTensorsFail(failing);
        var bounds = CaseGenerator.of(LayerDescriptor.of(layerType)).withMaxDimension(maxDimension).bounds().stream()
                .filter(dimension -> !fixed.contains(dimension.name())).toList();
        return Shrinker.of(bounds).withMaxAttempts(maxAttempts).shrink(seed, failing.dimensions(), failing,
                new CheckTarget(seed, fails));
    }

    private long validate(GradientReport failing) {
        String problem = failing.layerType() != layerType ? "it checked " + failing.layerName()
                : failing.passed() ? "it passed"
                : failing.seed().isEmpty() ? "it checked inputs given by the caller, not a generated case" : null;
        if (problem != null) {
            throw new IllegalArgumentException("Cannot shrink the report for " + LayerDescriptor.of(layerType)
                    .displayName() + ": " + problem + "; pass a failing report of GradientChecker.of("
                    + layerType.getSimpleName() + ".class).");
        }
        return failing.seed().get();
    }

    private static Predicate<GradientReport> sameTensorsFail(GradientReport original) {
        Set<String> failing = paths(original);
        return candidate -> !candidate.passed() && failing.containsAll(paths(candidate));
    }

    private static Set<String> paths(GradientReport report) {
        return report.failures().stream().map(TensorReport::path).collect(Collectors.toSet());
    }

    private GradientChecker checker(long seed, Dimensions dimensions) {
        GradientChecker checker = GradientChecker.of(layerType).withSeed(seed).withConfig(config)
                .withMaxDimension(maxDimension);
        for (var entry : dimensions.asMap().entrySet()) {
            checker = checker.withDimension(entry.getKey(), entry.getValue());
        }
        return checker;
    }

    /** Runs a candidate as a check of the same seed with every dimension fixed. */
    private final class CheckTarget implements Shrinker.Target<GradientReport> {

        private final long seed;
        private final Predicate<GradientReport> fails;

        private CheckTarget(long seed, Predicate<GradientReport> fails) {
            this.seed = seed;
            this.fails = fails;
        }

        @Override
        public Optional<GradientReport> attempt(Dimensions dimensions, Rounding rounding) {
            try {
                GradientReport report = checker(seed, dimensions).check();
                return fails.test(report) ? Optional.of(report) : Optional.empty();
            } catch (LayerExecutionException rejected) {
                // The layer cannot run at these sizes, for example a window larger than the input:
                // that is no failure of the gradient, so the candidate does not count.
                return Optional.empty();
            }
        }

        @Override
        public List<Rounding> roundings() {
            return List.of();
        }
    }
}
