package io.github.gradcheck.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.Upstream;
import io.github.gradcheck.diagnose.fixtures.FlatLinearTransposed;
import io.github.gradcheck.diagnose.fixtures.ImageGainAveraged;
import io.github.gradcheck.diagnose.fixtures.LeakyReluWrongSlope;
import io.github.gradcheck.diagnose.fixtures.LinearBiasAveraged;
import io.github.gradcheck.diagnose.fixtures.LinearBiasFromFirstSample;
import io.github.gradcheck.diagnose.fixtures.LinearBiasGradientMissing;
import io.github.gradcheck.diagnose.fixtures.LinearBiasSummedOverOutputs;
import io.github.gradcheck.diagnose.fixtures.LinearInputGradientNegated;
import io.github.gradcheck.diagnose.fixtures.LinearLastSampleSkipped;
import io.github.gradcheck.diagnose.fixtures.LinearParameterGradientsAveraged;
import io.github.gradcheck.diagnose.fixtures.LinearStaleWeights;
import io.github.gradcheck.diagnose.fixtures.OverlappingMaxPoolAssigning;
import io.github.gradcheck.diagnose.fixtures.RidgeLossPenaltyHalved;
import io.github.gradcheck.diagnose.fixtures.ScaledSquareMissingTwo;
import io.github.gradcheck.diagnose.fixtures.SoftmaxDiagonalJacobian;
import io.github.gradcheck.diagnose.fixtures.TwoLayerRegressionGradientNotAveraged;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Measures, over many generated cases per faulty fixture, how often the most confident hint
 * names the fault, and how often its factor is the true one.
 *
 * <p>The system property {@code gradcheck.hintRates.seeds} sets the number of seeds per fixture
 * (default 40). When {@code gradcheck.hintRates.report} names a file, the table of rates is
 * written there as Markdown.
 */
class HintRateTests {

    private static final int SEEDS = Integer.getInteger("gradcheck.hintRates.seeds", 40);
    private static final CheckConfig GAUSSIAN = CheckConfig.defaults();
    private static final CheckConfig ONES = CheckConfig.defaults().withUpstream(Upstream.ONES);

    /**
     * A faulty fixture, the kind its top hint should have, its true factor (null for kinds
     * without one) and the smallest share of failing checks whose top hint must name the fault.
     */
    record Fault(Class<?> type, CheckConfig config, HintKind expected, ToDoubleFunction<Dimensions> factor,
            double floor) {

        String name() {
            return type.getSimpleName() + (config.upstream() == Upstream.ONES ? " (ones upstream)" : "");
        }
    }

    /** How one fixture fared over the seeds. */
    record Rate(Fault fault, int failing, int topRight, int listed, int factorRight) {

        double topRate() {
            return failing == 0 ? 0.0 : (double) topRight / failing;
        }
    }

    static List<Fault> faults() {
        return List.of(
                new Fault(LinearBiasAveraged.class, GAUSSIAN, HintKind.CONSTANT_RATIO,
                        dimensions -> 1.0 / dimensions.get("batch"), 0.95),
                new Fault(ScaledSquareMissingTwo.class, GAUSSIAN, HintKind.CONSTANT_RATIO, dimensions -> 0.5, 0.95),
                new Fault(ImageGainAveraged.class, GAUSSIAN, HintKind.CONSTANT_RATIO, dimensions -> 1.0
                        / (dimensions.get("batch") * dimensions.get("height") * dimensions.get("width")), 0.95),
                new Fault(LinearInputGradientNegated.class, GAUSSIAN, HintKind.SIGN_FLIP, dimensions -> -1.0, 0.95),
                new Fault(FlatLinearTransposed.class, GAUSSIAN, HintKind.TRANSPOSED, null, 0.95),
                new Fault(LinearBiasGradientMissing.class, GAUSSIAN, HintKind.ALL_ZERO, null, 0.95),
                new Fault(RidgeLossPenaltyHalved.class, GAUSSIAN, HintKind.PROPORTIONAL_TO_PARAMETER,
                        dimensions -> -RidgeLossPenaltyHalved.LAMBDA, 0.95),
                new Fault(TwoLayerRegressionGradientNotAveraged.class, GAUSSIAN, HintKind.LOSS_SCALING,
                        dimensions -> dimensions.get("batch"), 0.95),
                new Fault(LinearParameterGradientsAveraged.class, GAUSSIAN, HintKind.CONSTANT_RATIO,
                        dimensions -> 1.0 / dimensions.get("batch"), 0.95),
                new Fault(LinearStaleWeights.class, GAUSSIAN, HintKind.NUMERIC_ZERO, null, 0.95),
                new Fault(LinearLastSampleSkipped.class, GAUSSIAN, HintKind.CONFINED_TO_ROWS, null, 0.95),
                new Fault(LinearBiasSummedOverOutputs.class, GAUSSIAN, HintKind.COLLAPSED_AXIS, null, 0.95),
                new Fault(SoftmaxDiagonalJacobian.class, GAUSSIAN, HintKind.BROKEN_ZERO_SUM, null, 0.95),
                new Fault(LeakyReluWrongSlope.class, GAUSSIAN, HintKind.CONFINED_TO_SIGN, null, 0.8),
                new Fault(OverlappingMaxPoolAssigning.class, GAUSSIAN, HintKind.SOME_ENTRIES, null, 0.75),
                new Fault(OverlappingMaxPoolAssigning.class, ONES, HintKind.INTEGER_RATIO_AT_SOME_ENTRIES,
                        dimensions -> 2.0, 0.85),
                new Fault(LinearBiasFromFirstSample.class, GAUSSIAN, HintKind.NO_COMMON_FACTOR, null, 0.95),
                new Fault(LinearBiasFromFirstSample.class, ONES, HintKind.CONSTANT_RATIO,
                        dimensions -> 1.0 / dimensions.get("batch"), 0.95));
    }

    @Test
    void topHintNamesFaultOfEveryFixture() throws IOException {
        List<Rate> rates = new ArrayList<>();

        for (Fault fault : faults()) {
            rates.add(measure(fault));
        }

        writeReport(rates);
        for (Rate rate : rates) {
            assertThat(rate.failing()).as(rate.fault().name() + " failing checks").isPositive();
            assertThat(rate.topRate()).as(rate.fault().name() + " top-hint rate")
                    .isGreaterThanOrEqualTo(rate.fault().floor());
            if (rate.fault().factor() != null) {
                assertThat(rate.factorRight()).as(rate.fault().name() + " factors").isEqualTo(rate.topRight());
            }
        }
    }

    private static Rate measure(Fault fault) {
        int failing = 0;
        int topRight = 0;
        int listed = 0;
        int factorRight = 0;
        for (long seed = 0; seed < SEEDS; seed++) {
            GradientReport report = GradientChecker.of(fault.type()).withSeed(seed).withConfig(fault.config()).check();
            if (report.passed()) {
                continue;
            }
            failing++;
            List<Hint> hints = Diagnosis.of(report);
            listed += hints.stream().anyMatch(hint -> hint.kind() == fault.expected()) ? 1 : 0;
            if (hints.isEmpty() || hints.get(0).kind() != fault.expected()) {
                continue;
            }
            topRight++;
            double expected = fault.factor() == null ? Double.NaN : fault.factor().applyAsDouble(report.dimensions());
            boolean factor = fault.factor() != null && hints.get(0).factor().isPresent()
                    && Math.abs(hints.get(0).factor().getAsDouble() - expected) <= 1e-3 * Math.abs(expected);
            factorRight += factor ? 1 : 0;
        }
        return new Rate(fault, failing, topRight, listed, factorRight);
    }

    private static void writeReport(List<Rate> rates) throws IOException {
        String target = System.getProperty("gradcheck.hintRates.report");
        if (target == null) {
            return;
        }
        var text = new StringBuilder("| fixture | expected top hint | seeds | failing | top hint right | listed "
                + "anywhere | factor within 1e-3 |\n|---|---|---|---|---|---|---|\n");
        for (Rate rate : rates) {
            String factors = rate.fault().factor() == null ? "n/a" : rate.factorRight() + " of " + rate.topRight();
            text.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d (%.1f%%) | %d | %s |%n",
                    rate.fault().name(), rate.fault().expected(), SEEDS, rate.failing(), rate.topRight(),
                    100 * rate.topRate(), rate.listed(), factors));
        }
        Files.writeString(Path.of(target), text);
    }
}
