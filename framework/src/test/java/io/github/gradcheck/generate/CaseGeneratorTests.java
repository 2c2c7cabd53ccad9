package io.github.gradcheck.generate;

import static io.github.gradcheck.generate.TensorGeneratorsTests.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerDescriptor.Dimension;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.generate.fixtures.OverlappingMaxPoolAssigns;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class CaseGeneratorTests {

    private static final CaseGenerator AFFINE = CaseGenerator.of(LayerDescriptor.of(Affine.class));
    private static final CaseGenerator POOL = CaseGenerator.of(LayerDescriptor.of(OverlappingMaxPoolAssigns.class));

    @Test
    void fixingEveryDimensionReproducesInputs() {
        GeneratedCase drawn = AFFINE.next(new SplittableRandom(12), Dimensions.empty());

        GeneratedCase fixed = AFFINE.next(new SplittableRandom(12), drawn.dimensions());

        assertThat(fixed.dimensions()).isEqualTo(drawn.dimensions());
        assertThat(values(fixed.inputs().get(0))).containsExactly(values(drawn.inputs().get(0)));
    }

    @Test
    void smallerFixedSizeKeepsPositionInRandomSequence() {
        GeneratedCase drawn = AFFINE.next(new SplittableRandom(12), Dimensions.empty().with("batch", 3));

        GeneratedCase smaller = AFFINE.next(new SplittableRandom(12), Dimensions.empty().with("batch", 1));

        double[][] first = (double[][]) drawn.inputs().get(0);
        double[][] second = (double[][]) smaller.inputs().get(0);
        assertThat(second[0]).containsExactly(first[0]);
    }

    @Test
    void keepsOpenMaximumInDeclaredBounds() {
        assertThat(AFFINE.declaredBounds()).containsExactly(new Dimension("in", 1, 0), new Dimension("out", 1, 0),
                new Dimension("batch", 1, 0));
        assertThat(AFFINE.withMaxDimension(6).bounds()).containsExactly(new Dimension("in", 1, 6),
                new Dimension("out", 1, 6), new Dimension("batch", 1, 6));
    }

    @Test
    void nextMayDrawSizesTheConstructorRejects() {
        long rejected = LongStream.range(0, 100).mapToObj(seed -> POOL.next(new SplittableRandom(seed),
                Dimensions.empty())).filter(generated -> POOL.rejects(generated.dimensions())).count();

        assertThat(rejected).isPositive();
    }

    @Test
    void nextAcceptedDrawsAgainWhileConstructorRejects() {
        for (long seed = 0; seed < 100; seed++) {
            GeneratedCase generated = POOL.nextAccepted(new SplittableRandom(seed), Dimensions.empty());

            assertThat(generated.dimensions().get("window")).isLessThanOrEqualTo(generated.dimensions().get("length"));
        }
    }

    @Test
    void nextAcceptedKeepsLastRejectedDraw() {
        CaseGenerator rejecting = CaseGenerator.of(LayerDescriptor.of(AlwaysRejects.class));

        GeneratedCase generated = rejecting.nextAccepted(new SplittableRandom(1), Dimensions.empty());

        assertThat(rejecting.rejects(generated.dimensions())).isTrue();
    }

    @Test
    void nextNeverConstructsLayer() {
        CaseGenerator rejecting = CaseGenerator.of(LayerDescriptor.of(AlwaysRejects.class));

        GeneratedCase generated = rejecting.next(new SplittableRandom(1), Dimensions.empty());

        assertThat(generated.inputs()).hasSize(1);
    }

    @Differentiable
    static class AlwaysRejects extends Affine {

        AlwaysRejects(@Dim("in") int in, @Dim("out") int out) {
            super(in, out);
            throw new IllegalArgumentException("Cannot build AlwaysRejects at any size.");
        }
    }
}
