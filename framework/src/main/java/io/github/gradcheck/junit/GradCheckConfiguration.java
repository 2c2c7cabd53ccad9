package io.github.gradcheck.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.Mode;
import io.github.gradcheck.generate.CaseGenerator;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Immutable settings of a gradient-check suite: the {@link CheckConfig} of every check, how many
 * generated cases each layer runs, the base seed they derive from and the largest generated
 * dimension. Every {@code with} method returns a copy.
 *
 * <p>{@link GradCheckExtension} builds it from {@link GradientCheck} attributes and JUnit
 * configuration parameters, in that order of precedence; the keys are the {@code *_KEY}
 * constants. The AssertJ layer assertions use it directly.
 *
 * <p>Case 0 uses the base seed itself, so a failing case reruns alone with
 * {@code seed = <that case's seed>} and {@code cases = 1}. Later cases draw their seeds from a
 * {@link SplittableRandom} seeded with the base seed.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradCheckConfiguration {

    /** Configuration parameter of the step; see {@link CheckConfig#withStep(double)}. */
    public static final String STEP_KEY = "gradcheck.step";

    /** Configuration parameter of the relative tolerance; see {@link CheckConfig#tolerance()}. */
    public static final String TOLERANCE_KEY = "gradcheck.tolerance";

    /** Configuration parameter of the absolute tolerance; see {@link CheckConfig}. */
    public static final String ABSOLUTE_TOLERANCE_KEY = "gradcheck.absoluteTolerance";

    /** Configuration parameter of the mode, one of the {@link Mode} names. */
    public static final String MODE_KEY = "gradcheck.mode";

    /** Configuration parameter of the number of generated cases per layer. */
    public static final String CASES_KEY = "gradcheck.cases";

    /** Configuration parameter of the base seed, a decimal {@code long}. */
    public static final String SEED_KEY = "gradcheck.seed";

    /** Configuration parameter of the samples per tensor; see {@link CheckConfig#samples()}. */
    public static final String SAMPLES_KEY = "gradcheck.samples";

    /** Configuration parameter of the upper bound of a dimension whose {@code @Dim} gives none. */
    public static final String MAX_DIMENSION_KEY = "gradcheck.maxDimension";

    /** Number of generated cases per layer when neither the annotation nor a parameter sets one. */
    public static final int DEFAULT_CASES = 5;

    private static final GradCheckConfiguration DEFAULTS = new GradCheckConfiguration(
            CheckConfig.defaults(), DEFAULT_CASES, GradientChecker.DEFAULT_SEED,
            CaseGenerator.DEFAULT_MAX_DIMENSION);

    private final CheckConfig checkConfig;
    private final int cases;
    private final long seed;
    private final int maxDimension;

    private GradCheckConfiguration(CheckConfig checkConfig, int cases, long seed,
            int maxDimension) {

        this.checkConfig = checkConfig;
        this.cases = cases;
        this.seed = seed;
        this.maxDimension = maxDimension;
    }

    /**
     * Return the defaults: {@link CheckConfig#defaults()}, {@value #DEFAULT_CASES} cases, seed
     * {@link GradientChecker#DEFAULT_SEED} and maximum dimension
     * {@value CaseGenerator#DEFAULT_MAX_DIMENSION}.
     *
     * @return the defaults
     * @since 0.1
     */
    public static GradCheckConfiguration defaults() {
        return DEFAULTS;
    }

    /**
     * Return a copy with other check settings.
     *
     * @param checkConfig the step, tolerances, mode and samples, never null
     * @return the copy
     * @since 0.1
     */
    public GradCheckConfiguration withCheckConfig(CheckConfig checkConfig) {
        Objects.requireNonNull(checkConfig, "checkConfig");
        return new GradCheckConfiguration(checkConfig, cases, seed, maxDimension);
    }

    /**
     * Return a copy that runs another number of generated cases per layer.
     *
     * @param cases at least 1
     * @return the copy
     * @throws IllegalArgumentException if the count is below 1
     * @since 0.1
     */
    public GradCheckConfiguration withCases(int cases) {
        if (cases < 1) {
            throw new IllegalArgumentException("Cannot run [" + cases
                    + "] cases per layer; give at least 1.");
        }
        return new GradCheckConfiguration(checkConfig, cases, seed, maxDimension);
    }

    /**
     * Return a copy with another base seed.
     *
     * @param seed any value
     * @return the copy
     * @since 0.1
     */
    public GradCheckConfiguration withSeed(long seed) {
        return new GradCheckConfiguration(checkConfig, cases, seed, maxDimension);
    }

    /**
     * Return a copy with another upper bound for dimensions whose {@code @Dim} gives none.
     *
     * @param maxDimension at least 1
     * @return the copy
     * @throws IllegalArgumentException if the bound is below 1
     * @since 0.1
     */
    public GradCheckConfiguration withMaxDimension(int maxDimension) {
        if (maxDimension < 1 || maxDimension > CaseGenerator.LARGEST_MAX_DIMENSION) {
            throw new IllegalArgumentException("Cannot use maximum dimension [" + maxDimension
                    + "]; give a size from 1 to " + CaseGenerator.LARGEST_MAX_DIMENSION + ".");
        }
        return new GradCheckConfiguration(checkConfig, cases, seed, maxDimension);
    }

    /**
     * Return the settings of each check.
     *
     * @return the check settings
     * @since 0.1
     */
    public CheckConfig checkConfig() {
        return checkConfig;
    }

    /**
     * Return the number of generated cases per layer.
     *
     * @return at least 1
     * @since 0.1
     */
    public int cases() {
        return cases;
    }

    /**
     * Return the base seed.
     *
     * @return the seed of case 0
     * @since 0.1
     */
    public long seed() {
        return seed;
    }

    /**
     * Return the upper bound for dimensions whose {@code @Dim} gives none.
     *
     * @return at least 1
     * @since 0.1
     */
    public int maxDimension() {
        return maxDimension;
    }

    /**
     * Return the seed of one generated case.
     *
     * @param index the case number, from 0 to {@link #cases()} - 1
     * @return the base seed for case 0, a derived seed for later cases
     * @throws IllegalArgumentException if the index is outside the cases
     * @since 0.1
     */
    public long caseSeed(int index) {
        if (index < 0 || index >= cases) {
            throw new IllegalArgumentException("Cannot derive the seed of case [" + index
                    + "]: the configuration runs cases 0 to " + (cases - 1)
                    + "; give an index in that range.");
        }
        var random = new SplittableRandom(seed);
        long caseSeed = seed;
        for (int i = 1; i <= index; i++) {
            caseSeed = random.split().nextLong();
        }
        return caseSeed;
    }

    /**
     * Create the checker of one generated case of a layer class.
     *
     * @param layerType a {@code @Differentiable} class, never null
     * @param index     the case number, from 0 to {@link #cases()} - 1
     * @return the checker, configured with these settings and the case's seed
     * @since 0.1
     */
    public GradientChecker checker(Class<?> layerType, int index) {
        return GradientChecker.of(layerType).withConfig(checkConfig).withMaxDimension(maxDimension)
                .withSeed(caseSeed(index));
    }

    /**
     * Return Java code that runs one case again, naming only settings that differ from the
     * defaults.
     *
     * @param subject  the arguments of {@link GradientChecker#of(Class)} or
     *                 {@link GradientChecker#of(Object, Object...)} as written in code, such as
     *                 {@code Dense.class} or {@code layer, x}, never null
     * @param caseSeed the seed of the case
     * @param fixed    sizes given to {@link GradientChecker#withDimension(String, int)}, never
     *                 null
     * @return a one-line expression ending in {@code .check()}
     * @since 0.1
     */
    public String checkerCode(String subject, long caseSeed, Dimensions fixed) {
        var code = new StringBuilder("GradientChecker.of(").append(subject).append(").withSeed(")
                .append(caseSeed).append("L)");
        fixed.asMap().forEach((name, size) -> code.append(".withDimension(\"").append(name)
                .append("\", ").append(size).append(')'));

        if (maxDimension != CaseGenerator.DEFAULT_MAX_DIMENSION) {
            code.append(".withMaxDimension(").append(maxDimension).append(')');
        }
        String config = GradCheckConfigurationCode.of(checkConfig);
        if (!config.isEmpty()) {
            code.append(".withConfig(CheckConfig.defaults()").append(config).append(')');
        }
        return code.append(".check()").toString();
    }

    @Override
    public String toString() {
        return "GradCheckConfiguration[" + checkConfig + ", cases=" + cases + ", seed=" + seed
                + ", maxDimension=" + maxDimension + "]";
    }
}
