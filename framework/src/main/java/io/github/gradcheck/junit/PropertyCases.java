package io.github.gradcheck.junit;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.api.NonDifferentiable;
import io.github.gradcheck.check.LayerAdapters;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerDescriptor.Input;
import io.github.gradcheck.check.LayerDescriptor.InputKind;
import io.github.gradcheck.generate.CaseGenerator;
import io.github.gradcheck.generate.Distribution;
import io.github.gradcheck.generate.GeneratedCase;
import io.github.gradcheck.generate.Generator;
import io.github.gradcheck.generate.Rounding;
import io.github.gradcheck.generate.Sample;
import io.github.gradcheck.generate.ShapeGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates the arguments of a try from its seed, and regenerates them with other sizes or
 * simpler values for the shrinker.
 *
 * <p>Each draw starts a fresh {@link SplittableRandom} from its own seed, takes the sizes from it
 * and then the arguments in parameter order. A candidate of the shrinker replays the same draw of
 * sizes before it overrides them, so its tensors come from the same position of the sequence as
 * the original's and the result depends only on the seed.
 */
final class PropertyCases {

    /** Number of draws of the sizes before a try gives up on rejecting layer constructors. */
    static final int MAX_ATTEMPTS = CaseGenerator.MAX_ATTEMPTS;

    private final PropertyPlan plan;
    private final Generator<Dimensions> dimensions;

    PropertyCases(PropertyPlan plan) {
        this.plan = plan;
        this.dimensions = plan.dimensions();
    }

    /** Signals that a layer constructor rejected the sizes with an IllegalArgumentException. */
    private static final class Rejected extends Exception {

        private static final long serialVersionUID = 1L;

        private Rejected(IllegalArgumentException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    PropertyPlan plan() {
        return plan;
    }

    PropertyCase generate(int index, long trySeed) {
        var seeds = new SplittableRandom(trySeed);
        Rejected last = null;
        Dimensions lastDimensions = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long attemptSeed = seeds.nextLong();
            var random = new SplittableRandom(attemptSeed);
            lastDimensions = dimensions.next(random);
            try {
                Object[] arguments = arguments(random, lastDimensions, Rounding.NONE);
                return new PropertyCase(index, trySeed, attemptSeed, attempt, lastDimensions, Rounding.NONE, arguments);
            } catch (Rejected rejected) {
                last = rejected;
            }
        }
        throw new IllegalStateException("Cannot generate try " + (index + 1) + " of "
                + PropertyPlan.describe(plan.method()) + ": the layer constructors rejected all " + MAX_ATTEMPTS
                + " draws of the sizes, the last " + lastDimensions + " with [" + last.getMessage() + "]; widen the "
                + "@Dim bounds so that most sizes are valid.", last.getCause());
    }

    Optional<PropertyCase> regenerate(PropertyCase original, Dimensions sizes, Rounding rounding) {
        var random = new SplittableRandom(original.attemptSeed());
        dimensions.next(random);
        try {
            Object[] arguments = arguments(random, sizes, rounding);
            return Optional.of(new PropertyCase(original.index(), original.trySeed(), original.attemptSeed(),
                    original.rejected(), sizes, rounding, arguments));
        } catch (Rejected | IllegalStateException notThisFailure) {
            // A constructor that rejects or breaks at the candidate's sizes gives no failure of the
            // test body, so the shrinker treats the candidate as passing.
            return Optional.empty();
        }
    }

    private Object[] arguments(SplittableRandom random, Dimensions sizes, Rounding rounding) throws Rejected {
        List<PropertyPlan.Slot> slots = plan.slots();
        Object[] arguments = new Object[slots.size()];
        for (PropertyPlan.Slot slot : slots) {
            arguments[slot.index()] = argument(slot, random, sizes, rounding);
        }
        return arguments;
    }

    private Object argument(PropertyPlan.Slot slot, SplittableRandom random, Dimensions sizes, Rounding rounding)
            throws Rejected {

        return switch (slot.source()) {
            case DIMENSIONS -> sizes;
            case DIMENSION -> sizes.get(slot.dimension());
            case LAYER -> construct(slot.type(), sizes);
            case GENERATED_CASE -> generatedCase(random, sizes, rounding);
            case SAMPLE -> sample(slot.sample(), slot.type(), random, sizes, rounding);
            case RANDOM -> new SplittableRandom(random.nextLong());
            case OTHER -> null;
        };
    }

    private static Object sample(Sample sample, Class<?> type, SplittableRandom random, Dimensions sizes,
            Rounding rounding) {

        Distribution distribution = sample.distribution();
        Object values = distribution.sample(random, type, ShapeGenerators.shape(sizes, sample.value()), sample.scale());
        return distribution.simplify(values, rounding, sample.scale());
    }

    private GeneratedCase generatedCase(SplittableRandom random, Dimensions sizes, Rounding rounding) {
        LayerDescriptor descriptor = LayerDescriptor.of(plan.caseLayer());
        List<Object> inputs = new ArrayList<>(CaseGenerator.of(descriptor).inputs(random, sizes));
        for (int i = 0; i < inputs.size(); i++) {
            if (isReal(descriptor.inputs().get(i))) {
                inputs.set(i, Distribution.NORMAL.simplify(inputs.get(i), rounding, 1.0));
            }
        }
        return new GeneratedCase(sizes, inputs);
    }

    private static boolean isReal(Input input) {
        return input.kind() == InputKind.DIFFERENTIABLE
                || input.kind() == InputKind.NON_DIFFERENTIABLE && input.values() == NonDifferentiable.Values.REAL;
    }

    private static Object construct(Class<?> type, Dimensions sizes) throws Rejected {
        try {
            return LayerAdapters.of(type).create(sizes);
        } catch (IllegalArgumentException rejected) {
            throw new Rejected(rejected);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot construct " + LayerDescriptor.of(type).displayName()
                    + " for dimensions " + sizes + ": its constructor threw " + e + "; fix the constructor.", e);
        }
    }
}
