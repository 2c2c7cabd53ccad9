package io.github.gradcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import io.github.gradcheck.generate.fixtures.OverlappingMaxPoolAssigns;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DimensionGeneratorsTests {

    private static final List<Dimension> LAYER_BOUNDS = List.of(new Dimension("in", 1, 6),
            new Dimension("out", 1, 6), new Dimension("window", 1, 4), new Dimension("stride", 1, 3),
            new Dimension("time", 1, 5), new Dimension("batch", 1, 8));

    @Test
    void sameSeedGivesSameSizes() {
        Generator<Dimensions> generator = DimensionGenerators.of(LAYER_BOUNDS, 4);

        List<Dimensions> first = draw(generator, 7, 20);
        List<Dimensions> second = draw(generator, 7, 20);

        assertThat(second).isEqualTo(first);
        assertThat(draw(generator, 8, 20)).isNotEqualTo(first);
    }

    @Test
    void staysWithinBounds() {
        Generator<Integer> generator = DimensionGenerators.between(3, 7);

        List<Integer> sizes = draw(generator, 1, 500);

        assertThat(sizes).allSatisfy(size -> assertThat(size).isBetween(3, 7));
        assertThat(sizes).contains(3, 4, 5, 6, 7);
    }

    @Test
    void listsEdgeValues() {
        assertThat(DimensionGenerators.edgeValues(1, 8)).containsExactly(1, 2, 8);
        assertThat(DimensionGenerators.edgeValues(3, 6)).containsExactly(3, 4, 6);
        assertThat(DimensionGenerators.edgeValues(2, 9)).containsExactly(2, 3, 9);
        assertThat(DimensionGenerators.edgeValues(1, 1)).containsExactly(1);
    }

    @Test
    void favoursEdgeValuesOverUniform() {
        List<Integer> sizes = draw(DimensionGenerators.between(1, 16), 3, 4000);

        double ones = sizes.stream().filter(size -> size == 1).count() / 4000.0;
        double twos = sizes.stream().filter(size -> size == 2).count() / 4000.0;
        double sixteens = sizes.stream().filter(size -> size == 16).count() / 4000.0;
        assertThat(ones).isGreaterThan(1.5 / 16);
        assertThat(twos).isGreaterThan(1.5 / 16);
        assertThat(sixteens).isGreaterThan(1.5 / 16);
    }

    @Test
    void generatesEachEdgeCase() {
        List<Dimensions> cases = draw(DimensionGenerators.of(LAYER_BOUNDS, 4), 11, 100);

        assertThat(cases).anyMatch(sizes -> sizes.get("batch") == 1);
        assertThat(cases).anyMatch(sizes -> sizes.get("batch") == 2);
        assertThat(cases).anyMatch(sizes -> sizes.get("batch") == 8);
        assertThat(cases).anyMatch(sizes -> sizes.get("in") != sizes.get("out"));
        assertThat(cases).anyMatch(sizes -> sizes.get("in") == sizes.get("out"));
        assertThat(cases).anyMatch(sizes -> sizes.get("stride") >= 2);
        assertThat(cases).anyMatch(sizes -> sizes.get("window") > sizes.get("stride"));
        assertThat(cases).anyMatch(sizes -> sizes.get("window") == sizes.get("stride"));
        assertThat(cases).anyMatch(sizes -> sizes.get("time") >= 2);
        assertThat(cases).anyMatch(sizes -> sizes.get("time") == 1);
    }

    @Test
    void generatesOverlappingWindowsOfLayerWithDefaultBounds() {
        List<Dimensions> cases = draw(DimensionGenerators.forLayer(OverlappingMaxPoolAssigns.class, 4), 5, 100);

        assertThat(cases).anyMatch(sizes -> sizes.get("stride") >= 2);
        assertThat(cases).anyMatch(sizes -> sizes.get("window") > sizes.get("stride"));
        assertThat(cases).allSatisfy(sizes -> assertThat(sizes.get("batch")).isBetween(1, 4));
    }

    @Test
    void drawsSameAmountOfRandomnessForEverySize() {
        var wide = new SplittableRandom(5);
        var narrow = new SplittableRandom(5);

        DimensionGenerators.between(1, 100).next(wide);
        DimensionGenerators.between(1, 1).next(narrow);

        assertThat(wide.nextLong()).isEqualTo(narrow.nextLong());
    }

    @Test
    void keepsOrderOfBounds() {
        Dimensions sizes = DimensionGenerators.of(LAYER_BOUNDS, 4).next(new SplittableRandom(1));

        assertThat(sizes.asMap().keySet()).containsExactly("in", "out", "window", "stride", "time", "batch");
    }

    @Test
    void resolvesOpenMaximum() {
        List<Dimension> resolved = DimensionGenerators.resolve(List.of(new Dimension("batch", 1, 0),
                new Dimension("height", 5, 0)), 4);

        assertThat(resolved).containsExactly(new Dimension("batch", 1, 4), new Dimension("height", 5, 5));
    }

    @Test
    void rejectsBoundsOutOfOrder() {
        assertThatThrownBy(() -> DimensionGenerators.between(3, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot generate size with bounds [3, 2]; give a minimum of at least 1 and a maximum of "
                        + "at least the minimum.");
    }

    @Test
    void rejectsRepeatedName() {
        List<Dimension> bounds = List.of(new Dimension("in", 1, 2), new Dimension("in", 1, 3));

        assertThatThrownBy(() -> DimensionGenerators.of(bounds, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot generate dimension [in] twice; list each name once.");
    }

    @Test
    void filterKeepsOnlyValuesThatMeetConstraint() {
        Generator<Dimensions> overlapping = DimensionGenerators.of(LAYER_BOUNDS, 4)
                .filter(sizes -> sizes.get("window") > sizes.get("stride"), 100);

        List<Dimensions> cases = draw(overlapping, 2, 50);

        assertThat(cases).allMatch(sizes -> sizes.get("window") > sizes.get("stride"));
    }

    @Test
    void filterGivesUpAfterMaxAttempts() {
        Generator<Integer> impossible = DimensionGenerators.between(1, 3).filter(size -> size > 3, 5);

        assertThatThrownBy(() -> impossible.next(new SplittableRandom(1))).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot generate a value that meets the constraint: 5 draws in a row failed");
    }

    @Test
    void shapeFollowsNamedDimensions() {
        Dimensions sizes = Dimensions.empty().with("batch", 3).with("in", 2);

        assertThat(ShapeGenerators.shape(sizes, "batch", "in")).containsExactly(3, 2);
        assertThat(ShapeGenerators.shape(sizes, "in", "in")).containsExactly(2, 2);
        assertThat(ShapeGenerators.of(DimensionGenerators.of(LAYER_BOUNDS, 4), "in", "batch")
                .next(new SplittableRandom(1))).hasSize(2);
    }

    private static <T> List<T> draw(Generator<T> generator, long seed, int count) {
        var random = new SplittableRandom(seed);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(generator.next(random));
        }
        return values;
    }
}
