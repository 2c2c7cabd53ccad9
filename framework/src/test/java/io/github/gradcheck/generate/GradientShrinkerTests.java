package io.github.gradcheck.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerExecutionException;
import io.github.gradcheck.check.TensorReport;
import io.github.gradcheck.generate.fixtures.BiasNotSummedOverBatch;
import io.github.gradcheck.generate.fixtures.LossNotScaledByBatch;
import io.github.gradcheck.generate.fixtures.OverlappingMaxPoolAssigns;
import io.github.gradcheck.generate.fixtures.StridedConv;
import io.github.gradcheck.generate.fixtures.StridedConvInputIndex;
import io.github.gradcheck.generate.fixtures.StridedConvWeightIndex;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradientShrinkerTests {

    @Test
    void shrinksBiasNotSummedToBatchTwo() {
        GradientReport failing = firstFailure(BiasNotSummedOverBatch.class, "batch", 2);

        ShrinkResult<GradientReport> result = GradientShrinker.of(BiasNotSummedOverBatch.class).shrink(failing);

        assertThat(result.original().get("batch")).isGreaterThan(2);
        assertThat(result.minimal().asMap()).isEqualTo(Map.of("in", 1, "out", 1, "batch", 2));
        assertThat(result.minimalFailure().failures()).extracting(TensorReport::path).containsExactly("db");
    }

    @Test
    void shrinksLossScalingToBatchTwo() {
        GradientReport failing = firstFailure(LossNotScaledByBatch.class, "batch", 2);

        ShrinkResult<GradientReport> result = GradientShrinker.of(LossNotScaledByBatch.class).shrink(failing);

        assertThat(result.original().get("batch")).isGreaterThan(2);
        assertThat(result.minimal().get("batch")).isEqualTo(2);
        assertThat(result.minimal().get("features")).isEqualTo(1);
    }

    @Test
    void shrinksPoolToOverlappingMinimum() {
        GradientReport failing = firstFailure(OverlappingMaxPoolAssigns.class, "window", 2);

        ShrinkResult<GradientReport> result = GradientShrinker.of(OverlappingMaxPoolAssigns.class).shrink(failing);

        assertThat(result.original().get("window")).isGreaterThan(2);
        assertThat(result.minimal().get("window")).isEqualTo(2);
        assertThat(result.minimal().get("stride")).isEqualTo(1);
    }

    @Test
    void shrinksStridedConvWeightIndexToStrideTwo() {
        GradientReport failing = firstFailure(StridedConvWeightIndex.class, "stride", 2);

        ShrinkResult<GradientReport> result = GradientShrinker.of(StridedConvWeightIndex.class).shrink(failing);

        assertThat(result.original().get("stride")).isGreaterThan(2);
        assertThat(result.minimal().get("stride")).isEqualTo(2);
        assertThat(result.minimalFailure().failures()).extracting(TensorReport::path).containsExactly("dw");
    }

    @Test
    void shrinksStridedConvInputIndexToStrideTwo() {
        GradientReport failing = firstFailure(StridedConvInputIndex.class, "stride", 2);

        ShrinkResult<GradientReport> result = GradientShrinker.of(StridedConvInputIndex.class).shrink(failing);

        assertThat(result.original().get("stride")).isGreaterThan(2);
        assertThat(result.minimal().get("stride")).isEqualTo(2);
        assertThat(result.minimalFailure().failures()).extracting(TensorReport::path).containsExactly("dx");
    }

    @Test
    void minimalReportReplaysFixedDimensions() {
        GradientReport failing = firstFailure(BiasNotSummedOverBatch.class, "batch", 2);

        GradientReport minimal = GradientShrinker.of(BiasNotSummedOverBatch.class).shrink(failing).minimalFailure();

        assertThat(minimal.replay()).isEqualTo("GradientChecker.of(BiasNotSummedOverBatch.class).withSeed("
                + failing.seed().orElseThrow() + "L).withDimension(\"in\", 1).withDimension(\"out\", 1)"
                + ".withDimension(\"batch\", 2).check()");
    }

    @Test
    void fixedDimensionsReproduceInputs() {
        GradientReport drawn = GradientChecker.of(BiasNotSummedOverBatch.class).withSeed(5).check();

        GradientReport fixed = fixAll(GradientChecker.of(BiasNotSummedOverBatch.class).withSeed(5), drawn.dimensions())
                .check();

        double[] drawnInputs = drawn.tensor("dx").orElseThrow().values();
        assertThat(fixed.tensor("dx").orElseThrow().values()).containsExactly(drawnInputs);
    }

    @Test
    void keepsFixedDimensions() {
        GradientReport failing = fixAll(GradientChecker.of(BiasNotSummedOverBatch.class).withSeed(3),
                Dimensions.empty().with("batch", 4).with("out", 3)).check();

        ShrinkResult<GradientReport> result = GradientShrinker.of(BiasNotSummedOverBatch.class)
                .withDimension("out", 3).shrink(failing);

        assertThat(result.minimal().get("out")).isEqualTo(3);
        assertThat(result.minimal().get("batch")).isEqualTo(2);
    }

    @Test
    void shrinksTheSameWayEveryTime() {
        GradientReport failing = firstFailure(OverlappingMaxPoolAssigns.class, "window", 2);

        ShrinkResult<GradientReport> first = GradientShrinker.of(OverlappingMaxPoolAssigns.class).shrink(failing);
        ShrinkResult<GradientReport> second = GradientShrinker.of(OverlappingMaxPoolAssigns.class).shrink(failing);

        assertThat(second.minimal()).isEqualTo(first.minimal());
        assertThat(second.attempts()).isEqualTo(first.attempts());
    }

    @Test
    void rejectsPassingCheck() {
        GradientShrinker shrinker = GradientShrinker.of(StridedConv.class);

        assertThatThrownBy(() -> shrinker.shrink(7L)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot shrink the check of StridedConv with seed [7]: it passes for ");
    }

    @Test
    void rejectsReportOfAnotherClass() {
        GradientReport other = firstFailure(LossNotScaledByBatch.class, "batch", 1);

        assertThatThrownBy(() -> GradientShrinker.of(BiasNotSummedOverBatch.class).shrink(other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot shrink the report for BiasNotSummedOverBatch: it checked LossNotScaledByBatch; "
                        + "pass a failing report of GradientChecker.of(BiasNotSummedOverBatch.class).");
    }

    /**
     * Return the first failing check, over seeds 1, 2, ..., whose dimension exceeds a size; seeds
     * whose sizes the layer's constructor rejects are skipped.
     */
    static GradientReport firstFailure(Class<?> layerType, String dimension, int above) {
        for (long seed = 1; seed < 500; seed++) {
            try {
                GradientReport report = GradientChecker.of(layerType).withSeed(seed).check();
                if (!report.passed() && report.dimensions().get(dimension) > above) {
                    return report;
                }
            } catch (LayerExecutionException rejected) {
                continue;
            }
        }
        throw new AssertionError("no seed below 500 fails " + layerType.getSimpleName() + " with " + dimension
                + " above " + above);
    }

    private static GradientChecker fixAll(GradientChecker checker, Dimensions dimensions) {
        GradientChecker fixed = checker;
        for (var entry : dimensions.asMap().entrySet()) {
            fixed = fixed.withDimension(entry.getKey(), entry.getValue());
        }
        return fixed;
    }
}
