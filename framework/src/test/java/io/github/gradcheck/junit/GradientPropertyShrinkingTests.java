package io.github.gradcheck.junit;

import static io.github.gradcheck.junit.GradientPropertyTests.assertPasses;
import static io.github.gradcheck.junit.PropertyEngineSupport.dimensionsOf;
import static io.github.gradcheck.junit.PropertyEngineSupport.failedTryName;
import static io.github.gradcheck.junit.PropertyEngineSupport.minimalOf;
import static io.github.gradcheck.junit.PropertyEngineSupport.onlyFailure;
import static io.github.gradcheck.junit.PropertyEngineSupport.run;
import static io.github.gradcheck.junit.PropertyEngineSupport.shrinkLines;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.generate.Distribution;
import io.github.gradcheck.generate.GeneratedCase;
import io.github.gradcheck.generate.Rounding;
import io.github.gradcheck.generate.Sample;
import io.github.gradcheck.generate.fixtures.BiasNotSummedOverBatch;
import io.github.gradcheck.generate.fixtures.LossNotScaledByBatch;
import io.github.gradcheck.generate.fixtures.OverlappingMaxPoolAssigns;
import io.github.gradcheck.generate.fixtures.StridedConvInputIndex;
import io.github.gradcheck.generate.fixtures.StridedConvWeightIndex;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class GradientPropertyShrinkingTests {

    @Test
    void shrinksBiasNotSummedToBatchTwo() {
        EngineExecutionResults results = run(BiasTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        Dimensions minimal = minimalOf(onlyFailure(results).getMessage());
        assertThat(original.get("batch")).isGreaterThan(2);
        assertThat(minimal).isEqualTo(original.with("in", 1).with("out", 1).with("batch", 2));
    }

    @Test
    void shrinksLossScalingToBatchTwo() {
        EngineExecutionResults results = run(LossTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        Dimensions minimal = minimalOf(onlyFailure(results).getMessage());
        assertThat(original.get("batch")).isGreaterThan(2);
        assertThat(minimal).isEqualTo(original.with("features", 1).with("batch", 2));
    }

    @Test
    void shrinksPoolToOverlappingMinimum() {
        EngineExecutionResults results = run(MaxPoolTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        Dimensions minimal = minimalOf(onlyFailure(results).getMessage());
        assertThat(original.get("window")).isGreaterThan(2);
        assertThat(minimal.get("window")).isEqualTo(2);
        assertThat(minimal.get("stride")).isEqualTo(1);
    }

    @Test
    void simplifiesSpacedValuesToRanks() {
        EngineExecutionResults results = run(MaxPoolTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        String message = onlyFailure(results).getMessage();
        String values = shrinkLines(original, minimalOf(message), Rounding.INTEGERS).get(2);
        assertThat(message).contains(values + "\n");
    }

    @Test
    void shrinksStridedConvWeightIndexToStrideTwo() {
        EngineExecutionResults results = run(ConvWeightTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        Dimensions minimal = minimalOf(onlyFailure(results).getMessage());
        assertThat(original.get("stride")).isGreaterThan(2);
        assertThat(minimal.get("stride")).isEqualTo(2);
    }

    @Test
    void shrinksStridedConvInputIndexToStrideTwo() {
        EngineExecutionResults results = run(ConvInputTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        Dimensions minimal = minimalOf(onlyFailure(results).getMessage());
        assertThat(original.get("stride")).isGreaterThan(2);
        assertThat(minimal.get("stride")).isEqualTo(2);
    }

    @Test
    void shrinksToSameCaseOnRerun() {
        String first = onlyFailure(run(MaxPoolTestCase.class)).getMessage();

        String second = onlyFailure(run(MaxPoolTestCase.class)).getMessage();

        assertThat(second).isEqualTo(first);
    }

    static class BiasTestCase {

        @GradientProperty(tries = 30, seed = 3)
        void biasGradientsMatch(BiasNotSummedOverBatch layer, GeneratedCase input) {
            assertPasses(GradientChecker.of(layer, input.arguments()).check());
        }
    }

    static class LossTestCase {

        @GradientProperty(tries = 30, seed = 2)
        void lossGradientsMatch(LossNotScaledByBatch layer, GeneratedCase input) {
            assertPasses(GradientChecker.of(layer, input.arguments()).check());
        }
    }

    static class MaxPoolTestCase {

        @GradientProperty(tries = 30, seed = 7)
        void poolGradientsMatch(OverlappingMaxPoolAssigns layer,
                @Sample(value = {"batch", "length"}, distribution = Distribution.SPACED) double[][] x) {

            assertPasses(GradientChecker.of(layer, (Object) x).check());
        }
    }

    static class ConvWeightTestCase {

        @GradientProperty(tries = 30, seed = 1)
        void convGradientsMatch(StridedConvWeightIndex layer, GeneratedCase input) {
            assertPasses(GradientChecker.of(layer, input.arguments()).check());
        }
    }

    static class ConvInputTestCase {

        @GradientProperty(tries = 30, seed = 1)
        void convGradientsMatch(StridedConvInputIndex layer, GeneratedCase input) {
            assertPasses(GradientChecker.of(layer, input.arguments()).check());
        }
    }
}
