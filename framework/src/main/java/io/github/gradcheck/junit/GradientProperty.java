package io.github.gradcheck.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.generate.CaseGenerator;
import io.github.gradcheck.generate.Shrinker;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Run a test method as a property: once per try, each try with freshly generated arguments, and
 * on failure shrink the arguments to the smallest case that still fails.
 *
 * <pre>{@code
 * @GradientProperty(tries = 50)
 * void denseGradientsMatch(Dense layer, GeneratedCase input) {
 *     GradientReport report = GradientChecker.of(layer, input.arguments()).check();
 *     assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
 * }
 * }</pre>
 *
 * <p>The runner resolves these parameters, all from the same try:
 * <ul>
 *   <li>a {@code @Differentiable} class, constructed with the try's dimensions;</li>
 *   <li>{@link io.github.gradcheck.generate.GeneratedCase}, the forward inputs of the method's
 *       one layer parameter;</li>
 *   <li>a double or float array annotated {@link io.github.gradcheck.generate.Sample};</li>
 *   <li>{@link io.github.gradcheck.api.Dimensions}, and an {@code int} annotated
 *       {@link io.github.gradcheck.api.Dim} for one dimension;</li>
 *   <li>{@link java.util.random.RandomGenerator} or {@link java.util.SplittableRandom}, seeded
 *       from the try, for values of the test's own making.</li>
 * </ul>
 * Every dimension name is drawn once per try within the intersection of its bounds: the
 * {@code @Dim} bounds of the layer classes, class-level {@code @Dim} on the test class, and
 * {@code @Dim} on an {@code int} parameter. Other names range from 1 to {@link #maxDimension()}.
 * A layer constructor that throws {@link IllegalArgumentException} rejects the try's sizes, and
 * the runner draws them again, up to 50 times per try.
 *
 * <p>The first failing try stops the run. The runner shrinks its dimensions toward 1 and 2 and the
 * values of its {@code @Sample} tensors and {@code GeneratedCase} inputs toward round numbers. It
 * reruns the method body on the same test instance for each candidate, and counts a candidate as
 * failing when it throws the same exception class. It then fails the try with a message that
 * gives the original and the smallest failing case, the seed and a line to rerun. The original
 * exception is the cause, and the minimal one is suppressed. After the last try, or the failing
 * one, the runner publishes the seed and the number of tries per size of each dimension as report
 * entries.
 *
 * <p>The seed comes from the configuration parameter {@value GradientPropertyExtension#SEED_KEY}
 * ({@code -Dgradcheck.seed=42}) when set, else from {@link #seed()}, else from a random source.
 * The same seed gives the same tries with the same arguments.
 *
 * <h2>Limitations</h2>
 * <p>Shrinking reruns the method body alone: {@code @BeforeEach} and {@code @AfterEach} methods
 * run once around the failing try, not around each candidate, so a candidate starts from the
 * state the previous one left in the test instance.
 *
 * <p>Under parallel execution several tries can run at once. The first to fail is shrunk and
 * reported, any other that fails meanwhile ends as aborted, and which try fails first can differ
 * between runs of the same seed.
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(GradientPropertyExtension.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface GradientProperty {

    /** Value of {@link #seed()} that requests a random seed. */
    long RANDOM_SEED = 0L;

    /**
     * Set the number of tries.
     *
     * @return at least 1
     * @since 0.1
     */
    int tries() default 100;

    /**
     * Set the seed of the run.
     *
     * @return any value other than {@link #RANDOM_SEED}, or {@link #RANDOM_SEED} to draw a seed
     *     from a random source; the report entries and a failure show the seed used
     * @since 0.1
     */
    long seed() default RANDOM_SEED;

    /**
     * Set the upper bound of a generated dimension that no {@code @Dim} bounds.
     *
     * @return at least 1
     * @since 0.1
     */
    int maxDimension() default CaseGenerator.DEFAULT_MAX_DIMENSION;

    /**
     * Set the number of candidate cases the shrinker may run after a failure.
     *
     * @return at least 0; 0 reports the original case without shrinking
     * @since 0.1
     */
    int maxShrinkAttempts() default Shrinker.DEFAULT_MAX_ATTEMPTS;
}
