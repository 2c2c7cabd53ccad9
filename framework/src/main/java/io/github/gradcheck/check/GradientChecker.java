package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.generate.CaseGenerator;
import io.github.gradcheck.generate.GeneratedCase;
import io.github.gradcheck.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apiguardian.api.API;

/**
 * Entry point of a programmatic gradient check.
 *
 * <pre>{@code
 * GradientReport report = GradientChecker.of(Dense.class).withSeed(42).check();
 * GradientReport given = GradientChecker.of(new Dense(3, 2), x).check();
 * }</pre>
 *
 * <p>A checker built from a class generates the dimensions and inputs from its seed and
 * constructs the layer; one built from an instance checks that instance on the given inputs.
 * The checker is immutable and every {@code with} method returns a copy. A check never changes
 * the layer: parameters, gradient fields, random fields and the inputs are restored bit for bit,
 * also when the layer's code throws.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradientChecker {

    /** Seed used when none is given, so that a plain check is reproducible. */
    public static final long DEFAULT_SEED = 0x6772616463686bL;

    private final Class<?> layerType;
    private final Object layer;
    private final Object[] inputs;
    private final CheckConfig config;
    private final long seed;
    private final Dimensions fixed;
    private final int maxDimension;
    private final Object upstream;

    private GradientChecker(Class<?> layerType, Object layer, Object[] inputs, CheckConfig config, long seed,
            Dimensions fixed, int maxDimension, Object upstream) {

        this.layerType = layerType;
        this.layer = layer;
        this.inputs = inputs;
        this.config = config;
        this.seed = seed;
        this.fixed = fixed;
        this.maxDimension = maxDimension;
        this.upstream = upstream;
    }

    /**
     * Create a checker that generates cases for a layer class.
     *
     * @param layerType a {@code @Differentiable} class, never null
     * @return the checker
     * @throws LayerDefinitionException if the class breaks the layer contract
     * @since 0.1
     */
    public static GradientChecker of(Class<?> layerType) {
        Objects.requireNonNull(layerType, "layerType");
        LayerDescriptor.of(layerType);
        return new GradientChecker(layerType, null, null, CheckConfig.defaults(), DEFAULT_SEED, Dimensions.empty(),
                CaseGenerator.DEFAULT_MAX_DIMENSION, null);
    }

    /**
     * Create a checker for a layer instance and its forward inputs.
     *
     * <p>Java passes a lone {@code double[][]} argument as the variable-arity array itself, since
     * it is an {@code Object[]}. An array whose runtime class is not exactly {@code Object[]} is
     * therefore taken as the single input, so {@code of(layer, x)} works for any input array; javac
     * still warns about such a call unless it reads {@code of(layer, (Object) x)}.
     *
     * @param layer  a {@code @Differentiable} object, never null
     * @param inputs one argument per forward parameter, in order, never null; restored after the check
     * @return the checker
     * @throws LayerDefinitionException if the class breaks the layer contract
     * @since 0.1
     */
    public static GradientChecker of(Object layer, Object... inputs) {
        Objects.requireNonNull(layer, "layer");
        Objects.requireNonNull(inputs, "inputs");
        LayerDescriptor.of(layer.getClass());
        Object[] arguments = inputs.getClass() == Object[].class ? inputs.clone() : new Object[] {inputs};
        return new GradientChecker(layer.getClass(), layer, arguments, CheckConfig.defaults(), DEFAULT_SEED,
                Dimensions.empty(), CaseGenerator.DEFAULT_MAX_DIMENSION, null);
    }

    /**
     * Return a copy with other settings.
     *
     * @param config the settings, never null
     * @return the copy
     * @since 0.1
     */
    public GradientChecker withConfig(CheckConfig config) {
        Objects.requireNonNull(config, "config");
        return new GradientChecker(layerType, layer, inputs, config, seed, fixed, maxDimension, upstream);
    }

    /**
     * Return a copy with another seed; the seed fixes the generated case, the upstream gradient,
     * the sampled elements and the frozen random fields.
     *
     * @param seed any value
     * @return the copy
     * @since 0.1
     */
    public GradientChecker withSeed(long seed) {
        return new GradientChecker(layerType, layer, inputs, config, seed, fixed, maxDimension, upstream);
    }

    /**
     * Return a copy that uses a given size for a dimension instead of drawing one.
     *
     * @param name the dimension name, never null
     * @param size the size, at least 1
     * @return the copy
     * @throws IllegalArgumentException if a checker built from a class has no dimension of that name
     * @since 0.1
     */
    public GradientChecker withDimension(String name, int size) {
        List<String> names = CaseGenerator.of(LayerDescriptor.of(layerType)).bounds().stream()
                .map(LayerDescriptor.Dimension::name).toList();
        if (layer == null && !names.contains(name)) {
            throw new IllegalArgumentException("Cannot fix dimension [" + name + "] of ["
                    + LayerDescriptor.displayName(layerType) + "]: its dimensions are " + names
                    + "; use one of those names.");
        }
        Dimensions sizes = fixed.with(name, size);
        return new GradientChecker(layerType, layer, inputs, config, seed, sizes, maxDimension, upstream);
    }

    /**
     * Return a copy with another upper bound for dimensions whose {@code @Dim} gives none.
     *
     * @param maxDimension at least 1
     * @return the copy
     * @since 0.1
     */
    public GradientChecker withMaxDimension(int maxDimension) {
        CaseGenerator.of(LayerDescriptor.of(layerType)).withMaxDimension(maxDimension);
        return new GradientChecker(layerType, layer, inputs, config, seed, fixed, maxDimension, upstream);
    }

    /**
     * Return a copy that uses a given upstream gradient G instead of drawing one, so
     * {@code J = <y, G>} for the output y.
     *
     * @param upstream an array of the forward output's type and shape, never null; copied for each check
     * @return the copy
     * @since 0.1
     */
    public GradientChecker withUpstream(Object upstream) {
        Objects.requireNonNull(upstream, "upstream");
        return new GradientChecker(layerType, layer, inputs, config, seed, fixed, maxDimension, upstream);
    }

    /**
     * Run the check.
     *
     * @return the report; call {@link GradientReport#passed()} or use the AssertJ assertions
     * @throws LayerExecutionException if the layer's code throws or breaks the contract at run time,
     *     or the constructor rejects {@value CaseGenerator#MAX_ATTEMPTS} draws of the sizes in a row
     * @since 0.1
     */
    public GradientReport check() {
        var random = new SplittableRandom(seed);
        Built built = layer == null ? build(random.split()) : new Built(layer, null);
        Object target = built.layer();
        Object[] arguments = layer != null ? inputs.clone() : built.generated().arguments();
        Dimensions dimensions = layer != null ? dimensionsOf(arguments) : built.generated().dimensions();

        var session = new CheckSession(target, arguments, config, random.nextLong()).withUpstream(upstream);
        var checkCase = new GradientReport.CheckCase(seed, dimensions, replay());
        String adapter = LayerAdapters.isGenerated(layerType) ? "generated" : "reflection";
        var report = new GradientReport(layerType, session.run(), checkCase, config, adapter);
        if (report.passed() || LayerDescriptor.of(layerType).layers().isEmpty()) {
            return report;
        }
        return report.withLocalChecks(LayerBlame.localize(target, arguments, config, seed));
    }

    /** A layer constructed for a generated case, and that case. */
    private record Built(Object layer, GeneratedCase generated) {
    }

    /**
     * Generate a case and construct the layer. A constructor that rejects the drawn sizes with
     * an {@link IllegalArgumentException}, such as a pooling window larger than the input, gets
     * fresh sizes from the same random stream, so the seed still fixes the case.
     */
    private Built build(SplittableRandom random) {
        CaseGenerator generator = CaseGenerator.of(LayerDescriptor.of(layerType)).withMaxDimension(maxDimension);
        boolean drawsAny = generator.bounds().stream().anyMatch(bound -> !fixed.contains(bound.name()));
        LayerAdapter<Object> adapter = LayerAdapters.of(layerType);
        for (int attempt = 1; ; attempt++) {
            GeneratedCase generated = generator.next(random, fixed);
            try {
                return new Built(adapter.create(generated.dimensions()), generated);
            } catch (IllegalArgumentException e) {
                if (!drawsAny || attempt >= CaseGenerator.MAX_ATTEMPTS) {
                    throw constructorFailed(generated.dimensions(), e);
                }
            } catch (Error e) {
                throw e;
            } catch (Throwable e) {
                throw constructorFailed(generated.dimensions(), e);
            }
        }
    }

    private LayerExecutionException constructorFailed(Dimensions dimensions, Throwable cause) {
        return new LayerExecutionException("Cannot check [" + LayerDescriptor.displayName(layerType) + "]: its "
                + "constructor threw " + cause + " for dimensions " + dimensions + "; fix the constructor or narrow "
                + "the dimension bounds with @Dim(min, max).", cause);
    }

    private Dimensions dimensionsOf(Object[] arguments) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        LayerDescriptor descriptor = LayerDescriptor.of(layerType);
        for (int i = 0; i < Math.min(arguments.length, descriptor.inputs().size()); i++) {
            if (arguments[i] == null || !arguments[i].getClass().isArray()) {
                continue;
            }
            int[] shape = arguments[i] instanceof int[] labels ? new int[] {labels.length}
                    : Tensor.shapeOf(arguments[i]);
            var names = descriptor.inputs().get(i).shape();
            for (int axis = 0; axis < Math.min(shape.length, names.size()); axis++) {
                sizes.putIfAbsent(names.get(axis), shape[axis]);
            }
        }
        return Dimensions.of(sizes);
    }

    private String replay() {
        String base = layer == null ? "GradientChecker.of(" + layerType.getSimpleName() + ".class)"
                : "GradientChecker.of(layer, inputs)";
        var text = new StringBuilder(base).append(".withSeed(").append(seed).append("L)");
        fixed.asMap().forEach((name, size) -> text.append(".withDimension(\"").append(name).append("\", ")
                .append(size).append(')'));
        return text.append(".check()").toString();
    }
}
