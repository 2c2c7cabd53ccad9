package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.check.LayerAdapters;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import io.github.gradcheck.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Checks that a layer's own initializer draws a parameter with the variance of an
 * {@link InitRule}.
 *
 * <pre>{@code
 * InitializationReport report = InitializationCheck.of(Dense.class, "W").fanIn("in")
 *         .expect(InitRule.HE).check();
 * assertThat(report.passed()).as(report.describe()).isTrue();
 * }</pre>
 *
 * <p>The check constructs the layer several times through its {@code @Dim} constructor, pools the
 * parameter's values and compares their mean square with the rule's variance. Each constructor
 * dimension is {@value #DEFAULT_SIZE} unless fixed with {@link #withDimension} or capped by its
 * {@code @Dim(max)}, so the estimate rests on thousands of values. A layer whose initializer uses
 * a fixed seed gives the same values every time; the check then uses one instance.
 *
 * <p>The mean square is the quantity that propagates: for independent zero-mean inputs,
 * {@code E[y^2] = fanIn * E[w^2] * E[x^2]}. So the ratio of measured to intended variance is the
 * factor by which each such layer scales the activation variance, and a stack of L layers scales
 * it by about {@code ratio^L}.
 *
 * <p>Limitations: the check reads parameters that the class itself declares, not those of the
 * sub-layers of a model; check each layer class on its own.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class InitializationCheck {

    /** Size of a constructor dimension that is neither fixed nor capped below it. */
    public static final int DEFAULT_SIZE = 64;

    /** Number of layers constructed when the initializer draws new values each time. */
    public static final int DEFAULT_INSTANCES = 4;

    /** Depth of the stack whose activation variance the report predicts. */
    public static final int DEFAULT_DEPTH = 20;

    /** Smallest accepted relative deviation of the variance ratio from 1. */
    public static final double DEFAULT_TOLERANCE = 0.2;

    private final Class<?> layerType;
    private final String parameter;
    private final List<String> fanIn;
    private final InitRule rule;
    private final Dimensions fixed;
    private final Settings settings;

    /** Numeric settings, grouped so each copy passes one value. */
    private record Settings(int instances, int depth, double tolerance) {
    }

    private InitializationCheck(Class<?> layerType, String parameter, List<String> fanIn, InitRule rule,
            Dimensions fixed, Settings settings) {

        this.layerType = layerType;
        this.parameter = parameter;
        this.fanIn = fanIn;
        this.rule = rule;
        this.fixed = fixed;
        this.settings = settings;
    }

    /**
     * Create a check of one parameter of a layer class.
     *
     * @param layerType a {@code @Differentiable} class, never null
     * @param parameter the name of a {@code @Param} field the class declares, never null
     * @return the check; give the fan-in and the rule before calling {@link #check()}
     * @throws io.github.gradcheck.check.LayerDefinitionException if the class breaks the layer
     *     contract
     * @throws IllegalArgumentException if the class declares no such parameter
     * @since 0.1
     */
    public static InitializationCheck of(Class<?> layerType, String parameter) {
        Objects.requireNonNull(layerType, "layerType");
        Objects.requireNonNull(parameter, "parameter");
        List<String> names = LayerAdapters.of(layerType).parameterNames();
        if (!names.contains(parameter)) {
            throw new IllegalArgumentException("Cannot check the initialization of parameter [" + parameter
                    + "] of " + LayerDescriptor.of(layerType).displayName() + ": the class declares " + names
                    + "; give one of these names.");
        }
        return new InitializationCheck(layerType, parameter, List.of(), null, Dimensions.empty(),
                new Settings(DEFAULT_INSTANCES, DEFAULT_DEPTH, DEFAULT_TOLERANCE));
    }

    /**
     * Return a copy whose fan-in is the product of the named dimensions, such as {@code "in"} for
     * a dense layer or {@code "channels", "kernel", "kernel"} for a convolution.
     *
     * @param dimensionNames one or more dimension names, never null
     * @return the copy
     * @throws IllegalArgumentException if no name is given
     * @since 0.1
     */
    public InitializationCheck fanIn(String... dimensionNames) {
        if (dimensionNames.length == 0) {
            throw new IllegalArgumentException("Cannot compute a fan-in from no dimensions; name the dimensions "
                    + "whose product is the number of inputs each output sums, such as \"in\".");
        }
        return new InitializationCheck(layerType, parameter, List.of(dimensionNames), rule, fixed, settings);
    }

    /**
     * Return a copy that compares with a rule.
     *
     * @param rule the intended rule, never null
     * @return the copy
     * @since 0.1
     */
    public InitializationCheck expect(InitRule rule) {
        Objects.requireNonNull(rule, "rule");
        return new InitializationCheck(layerType, parameter, fanIn, rule, fixed, settings);
    }

    /**
     * Return a copy that constructs the layer with a given size for a dimension.
     *
     * @param name the dimension name, never null
     * @param size the size, at least 1
     * @return the copy
     * @since 0.1
     */
    public InitializationCheck withDimension(String name, int size) {
        return new InitializationCheck(layerType, parameter, fanIn, rule, fixed.with(name, size), settings);
    }

    /**
     * Return a copy that constructs the layer at most a given number of times.
     *
     * @param instances at least 1
     * @return the copy
     * @throws IllegalArgumentException if the count is below 1
     * @since 0.1
     */
    public InitializationCheck withInstances(int instances) {
        requireAtLeastOne("instances", instances);
        return copy(new Settings(instances, settings.depth(), settings.tolerance()));
    }

    /**
     * Return a copy that predicts the activation variance after another number of layers.
     *
     * @param depth the number of stacked layers, at least 1
     * @return the copy
     * @throws IllegalArgumentException if the depth is below 1
     * @since 0.1
     */
    public InitializationCheck withDepth(int depth) {
        requireAtLeastOne("depth", depth);
        return copy(new Settings(settings.instances(), depth, settings.tolerance()));
    }

    /**
     * Return a copy that accepts another relative deviation of the variance ratio from 1.
     *
     * @param tolerance the deviation, such as 0.2 for ratios in [1/1.2, 1.2], above 0 and finite.
     *                  The check widens it when the sample is too small to measure that finely.
     * @return the copy
     * @throws IllegalArgumentException if the tolerance is not positive and finite
     * @since 0.1
     */
    public InitializationCheck withTolerance(double tolerance) {
        if (!(tolerance > 0.0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("Cannot use tolerance [" + tolerance
                    + "]; give a positive finite relative deviation such as 0.2.");
        }
        return copy(new Settings(settings.instances(), settings.depth(), tolerance));
    }

    private InitializationCheck copy(Settings changed) {
        return new InitializationCheck(layerType, parameter, fanIn, rule, fixed, changed);
    }

    /**
     * Construct the layer, measure the parameter and compare it with the rule.
     *
     * @return the report
     * @throws IllegalStateException if the fan-in or the rule is missing, a fan-in dimension has no
     *     size, or the constructor throws
     * @since 0.1
     */
    public InitializationReport check() {
        String subject = LayerDescriptor.of(layerType).displayName() + " [" + parameter + "]";
        if (fanIn.isEmpty() || rule == null) {
            throw new IllegalStateException("Cannot check the initialization of " + subject + ": "
                    + (fanIn.isEmpty() ? "no fan-in given; call fanIn(\"in\") with the dimensions each output sums"
                    : "no rule given; call expect(InitRule.HE) or expect(InitRule.XAVIER)") + ".");
        }
        Dimensions dimensions = dimensions();
        Sampled sampled = sample(dimensions, subject);
        var measurement = new InitializationReport.Measurement(sampled.values().length, sampled.instances(),
                mean(sampled.values()), meanSquare(sampled.values()));
        return new InitializationReport(subject, rule, dimensions, fanIn, fanInOf(dimensions, subject),
                measurement, settings.tolerance(), settings.depth());
    }

    private Dimensions dimensions() {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (Dimension dimension : LayerDescriptor.of(layerType).constructorDimensions()) {
            int cap = dimension.max() == 0 ? Integer.MAX_VALUE : dimension.max();
            sizes.put(dimension.name(), Math.max(dimension.min(), Math.min(DEFAULT_SIZE, cap)));
        }
        sizes.putAll(fixed.asMap());
        return Dimensions.of(sizes);
    }

    private int fanInOf(Dimensions dimensions, String subject) {
        int product = 1;
        for (String name : fanIn) {
            if (!dimensions.contains(name)) {
                throw new IllegalStateException("Cannot compute the fan-in of " + subject + " from dimension ["
                        + name + "]: the layer is built with " + dimensions + "; name one of these dimensions or "
                        + "fix its size with withDimension(\"" + name + "\", size).");
            }
            product = Math.multiplyExact(product, dimensions.get(name));
        }
        return product;
    }

    /** The pooled values and the number of distinct instances they came from. */
    private record Sampled(double[] values, int instances) {
    }

    private Sampled sample(Dimensions dimensions, String subject) {
        LayerAdapter<Object> adapter = LayerAdapters.of(layerType);
        int index = adapter.parameterNames().indexOf(parameter);
        List<double[]> draws = new ArrayList<>();
        for (int instance = 0; instance < settings.instances(); instance++) {
            double[] values = Tensor.of(adapter.parameter(construct(adapter, dimensions, subject), index))
                    .toDoubleArray();
            if (!draws.isEmpty() && Arrays.equals(values, draws.get(0))) {
                break;
            }
            draws.add(values);
        }
        double[] pooled = draws.stream().flatMapToDouble(Arrays::stream).toArray();
        return new Sampled(pooled, draws.size());
    }

    private static Object construct(LayerAdapter<Object> adapter, Dimensions dimensions, String subject) {
        try {
            return adapter.create(dimensions);
        } catch (Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot check the initialization of " + subject + ": the constructor "
                    + "threw " + e + " for dimensions " + dimensions + "; fix the constructor or give other sizes "
                    + "with withDimension.", e);
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).sum() / values.length;
    }

    private static double meanSquare(double[] values) {
        return Arrays.stream(values).map(value -> value * value).sum() / values.length;
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("Cannot use [" + value + "] " + name + "; give at least 1.");
        }
    }
}
