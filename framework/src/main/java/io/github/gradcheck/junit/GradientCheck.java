package io.github.gradcheck.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.check.Mode;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Check the backward pass of layer classes, one dynamic test per layer and gradient.
 *
 * <pre>{@code
 * @GradientCheck({Dense.class, Softmax.class})
 * class LayerGradientTests implements GradientCheckSuite {
 * }
 *
 * @GradientCheck(packages = "com.example.layers", cases = 10)
 * class AllLayerGradientTests implements GradientCheckSuite {
 * }
 * }</pre>
 *
 * <p>The test class must implement {@link GradientCheckSuite}, whose {@code @TestFactory}
 * method creates the tests: JUnit Jupiter only runs methods, so an annotation on a class cannot
 * add tests by itself. Each layer becomes a container named after the class, holding one test
 * per parameter gradient and one for the input gradient, named like {@code Dense › db}. Each
 * test runs {@link #cases()} generated cases; the cases of a layer are computed once and shared
 * by its tests.
 *
 * <p>Each setting comes from the attribute when it is set, else from the JUnit configuration
 * parameter named in {@link GradCheckConfiguration} ({@code junit-platform.properties} or
 * {@code -Dgradcheck.step=1e-5}), else from the default. An attribute left at its default value
 * is unset. A value out of range, in an attribute or a parameter, fails the test class before
 * any check runs.
 *
 * <h2>Limitations</h2>
 * <p>A class with this annotation that does not implement {@link GradientCheckSuite} fails only
 * when it declares at least one other test: JUnit discovers no container for a class without
 * tests, so no extension runs for it.
 *
 * @since 0.1
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(GradCheckExtension.class)
@API(status = EXPERIMENTAL, since = "0.1")
public @interface GradientCheck {

    /** Value of {@link #seed()} that leaves the seed unset. */
    long UNSET_SEED = Long.MIN_VALUE;

    /**
     * Name the layer classes to check.
     *
     * @return {@code @Differentiable} classes; empty when {@link #packages()} names the layers
     * @since 0.1
     */
    Class<?>[] value() default {};

    /**
     * Name packages whose concrete {@code @Differentiable} classes are checked, sub-packages
     * included. The classes come from the annotation processor's index and from a scan of the
     * class path.
     *
     * @return package names such as {@code com.example.layers}; empty when {@link #value()}
     *         names the layers
     * @since 0.1
     */
    String[] packages() default {};

    /**
     * Set the number of generated cases per layer.
     *
     * @return at least 1, or 0 for the {@code gradcheck.cases} parameter or its default of
     *         {@value GradCheckConfiguration#DEFAULT_CASES}
     * @since 0.1
     */
    int cases() default 0;

    /**
     * Set the base seed of the generated cases.
     *
     * @return any value, or {@link #UNSET_SEED} for the {@code gradcheck.seed} parameter or the
     *         fixed default seed
     * @since 0.1
     */
    long seed() default UNSET_SEED;

    /**
     * Set the finite-difference step h.
     *
     * @return a positive finite step in parameter units, 0 to choose one per tensor, or NaN for
     *         the {@code gradcheck.step} parameter or that per-tensor choice
     * @since 0.1
     */
    double step() default Double.NaN;

    /**
     * Set the relative tolerance per element.
     *
     * @return a fraction above 0 and at most 1, 0 for the element type's default, or NaN for the
     *         {@code gradcheck.tolerance} parameter or that default
     * @since 0.1
     */
    double tolerance() default Double.NaN;

    /**
     * Set the absolute tolerance per element, replacing the measured noise floor.
     *
     * @return a finite value in gradient units, 0 to measure the floor, or NaN for the
     *         {@code gradcheck.absoluteTolerance} parameter or the measured floor
     * @since 0.1
     */
    double absoluteTolerance() default Double.NaN;

    /**
     * Set which elements the numeric pass perturbs.
     *
     * @return the mode; {@link Mode#AUTO} leaves it to the {@code gradcheck.mode} parameter,
     *         whose default is also {@link Mode#AUTO}
     * @since 0.1
     */
    Mode mode() default Mode.AUTO;

    /**
     * Set the number of sampled elements or random directions per tensor.
     *
     * @return at least 1, or 0 for the {@code gradcheck.samples} parameter or its default
     * @since 0.1
     */
    int samples() default 0;

    /**
     * Set the upper bound of a generated dimension whose {@code @Dim} gives none.
     *
     * @return at least 1, or 0 for the {@code gradcheck.maxDimension} parameter or its default
     * @since 0.1
     */
    int maxDimension() default 0;
}
