package io.github.gradcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class ShrinkerTests {

    private static final Dimensions ORIGINAL = Dimensions.empty().with("in", 5).with("out", 4).with("batch", 6);
    private static final List<Dimension> BOUNDS = List.of(new Dimension("in", 1, 8), new Dimension("out", 1, 8),
            new Dimension("batch", 1, 8));

    @Test
    void shrinksEachDimensionToSmallestFailingSize() {
        var target = new RecordingTarget((sizes, rounding) -> sizes.get("batch") >= 2);

        ShrinkResult<String> result = Shrinker.of(BOUNDS).shrink(1, ORIGINAL, "original", target);

        assertThat(result.minimal()).isEqualTo(ORIGINAL.with("in", 1).with("out", 1).with("batch", 2));
        assertThat(result.original()).isEqualTo(ORIGINAL);
        assertThat(result.originalFailure()).isEqualTo("original");
        assertThat(result.minimalFailure()).isEqualTo("failure at " + result.minimal());
    }

    @Test
    void triesSmallerSizesInAscendingOrder() {
        var target = new RecordingTarget((sizes, rounding) -> sizes.get("batch") >= 3);

        Shrinker.of(List.of(new Dimension("batch", 1, 8))).shrink(1, ORIGINAL, "original", target);

        assertThat(target.tried).startsWith(ORIGINAL.with("batch", 1), ORIGINAL.with("batch", 2),
                ORIGINAL.with("batch", 3));
    }

    @Test
    void neverGoesBelowLowerBound() {
        var target = new RecordingTarget((sizes, rounding) -> true);

        ShrinkResult<String> result = Shrinker.of(List.of(new Dimension("out", 3, 8))).shrink(1, ORIGINAL, "original",
                target);

        assertThat(result.minimal()).isEqualTo(ORIGINAL.with("out", 3));
    }

    @Test
    void leavesUnlistedDimensionsAlone() {
        var target = new RecordingTarget((sizes, rounding) -> true);

        ShrinkResult<String> result = Shrinker.of(List.of(new Dimension("batch", 1, 8))).shrink(1, ORIGINAL,
                "original", target);

        assertThat(result.minimal()).isEqualTo(ORIGINAL.with("batch", 1));
    }

    @Test
    void repeatsRoundsWhileOneSizeFreesAnother() {
        Dimensions original = Dimensions.empty().with("length", 6).with("window", 5);
        var target = new RecordingTarget((sizes, rounding) -> sizes.get("length") >= sizes.get("window")
                && sizes.get("window") >= 2 && sizes.get("length") >= 3);

        ShrinkResult<String> result = Shrinker.of(List.of(new Dimension("length", 1, 9), new Dimension("window", 1, 9)))
                .shrink(1, original, "original", target);

        assertThat(result.minimal()).isEqualTo(Dimensions.empty().with("length", 3).with("window", 2));
    }

    @Test
    void stopsAtMaxAttempts() {
        var target = new RecordingTarget((sizes, rounding) -> false);

        ShrinkResult<String> result = Shrinker.of(BOUNDS).withMaxAttempts(3).shrink(1, ORIGINAL, "original", target);

        assertThat(result.attempts()).isEqualTo(3);
        assertThat(target.tried).hasSize(3);
        assertThat(result.shrunk()).isFalse();
        assertThat(result.minimal()).isEqualTo(ORIGINAL);
    }

    @Test
    void simplifiesValuesAfterDimensions() {
        var integers = new RecordingTarget((sizes, rounding) -> sizes.get("batch") >= 2);
        var tenths = new RecordingTarget((sizes, rounding) -> rounding != Rounding.INTEGERS);

        Rounding simplest = Shrinker.of(BOUNDS).shrink(1, ORIGINAL, "original", integers).rounding();
        Rounding finer = Shrinker.of(BOUNDS).shrink(1, ORIGINAL, "original", tenths).rounding();

        assertThat(simplest).isEqualTo(Rounding.INTEGERS);
        assertThat(finer).isEqualTo(Rounding.TENTHS);
    }

    @Test
    void keepsValuesWhenTargetCannotRound() {
        var target = new RecordingTarget((sizes, rounding) -> true) {
            @Override
            public List<Rounding> roundings() {
                return List.of();
            }
        };

        ShrinkResult<String> result = Shrinker.of(BOUNDS).shrink(1, ORIGINAL, "original", target);

        assertThat(result.rounding()).isEqualTo(Rounding.NONE);
        assertThat(target.roundingsTried).containsOnly(Rounding.NONE);
    }

    @Test
    void describesOriginalAndMinimalCase() {
        var target = new RecordingTarget((sizes, rounding) -> sizes.get("batch") >= 2);

        ShrinkResult<String> result = Shrinker.of(BOUNDS).shrink(1, ORIGINAL, "original", target);

        assertThat(result.describe().lines()).containsExactly("  original  : " + ORIGINAL,
                "  minimal   : " + result.minimal(), "  values    : " + Rounding.INTEGERS.describe(),
                "  shrinking : " + result.attempts() + " candidates tried, " + result.accepted() + " accepted");
    }

    @Test
    void rejectsZeroAttempts() {
        assertThatThrownBy(() -> Shrinker.of(BOUNDS).withMaxAttempts(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot shrink with [0] attempts; give at least 1.");
    }

    /** A target that fails where a condition is true and records every candidate. */
    private static class RecordingTarget implements Shrinker.Target<String> {

        final List<Dimensions> tried = new ArrayList<>();
        final List<Rounding> roundingsTried = new ArrayList<>();
        private final BiPredicate<Dimensions, Rounding> fails;

        RecordingTarget(BiPredicate<Dimensions, Rounding> fails) {
            this.fails = fails;
        }

        @Override
        public Optional<String> attempt(Dimensions dimensions, Rounding rounding) {
            tried.add(dimensions);
            roundingsTried.add(rounding);
            return fails.test(dimensions, rounding) ? Optional.of("failure at " + dimensions) : Optional.empty();
        }
    }
}
