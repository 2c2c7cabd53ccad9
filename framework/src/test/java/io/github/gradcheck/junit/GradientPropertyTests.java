package io.github.gradcheck.junit;

import static io.github.gradcheck.junit.PropertyEngineSupport.dimensionsOf;
import static io.github.gradcheck.junit.PropertyEngineSupport.failedTryName;
import static io.github.gradcheck.junit.PropertyEngineSupport.onlyFailure;
import static io.github.gradcheck.junit.PropertyEngineSupport.reportEntry;
import static io.github.gradcheck.junit.PropertyEngineSupport.run;
import static io.github.gradcheck.junit.PropertyEngineSupport.shrinkLines;
import static io.github.gradcheck.junit.PropertyEngineSupport.tryNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.generate.GeneratedCase;
import io.github.gradcheck.generate.Rounding;
import io.github.gradcheck.generate.Sample;
import io.github.gradcheck.generate.fixtures.BiasNotSummedOverBatch;
import io.github.gradcheck.report.GradientMismatch;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestReporter;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class GradientPropertyTests {

    @Test
    void runsEveryTryOfPassingProperty() {
        EngineExecutionResults results = run(PassingTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(12).succeeded(12));
        assertThat(tryNames(results)).first().asString().startsWith("try 1 {");
    }

    @Test
    void resolvesEveryParameterKind() {
        EngineExecutionResults results = run(ResolvingTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.started(20).succeeded(20));
    }

    @Test
    void stopsAtFirstFailingTry() {
        EngineExecutionResults results = run(FailingTestCase.class);

        int failedTry = Integer.parseInt(failedTryName(results).split(" ")[1]);
        results.testEvents().assertStatistics(stats -> stats.started(failedTry).failed(1));
        assertThat(failedTry).isLessThan(30);
    }

    @Test
    void reportsOriginalAndMinimalCase() {
        EngineExecutionResults results = run(FailingTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        Dimensions minimal = original.with("in", 1).with("out", 1).with("batch", 2);
        List<String> lines = shrinkLines(original, minimal, Rounding.NONE);
        String message = onlyFailure(results).getMessage();
        assertThat(message).contains(lines.get(0) + "\n");
        assertThat(message).contains(lines.get(1) + "\n");
    }

    @Test
    void reportsSeedAndRerunLine() {
        EngineExecutionResults results = run(FailingTestCase.class);

        String message = onlyFailure(results).getMessage();
        assertThat(message).contains("-Dtest='GradientPropertyTests$FailingTestCase#biasGradientsMatch' -D"
                + GradientPropertyExtension.SEED_KEY + "=11");
        assertThat(message).contains("@GradientProperty(seed = 11L)");
    }

    @Test
    void keepsOriginalFailureAsCause() {
        EngineExecutionResults results = run(FailingTestCase.class);

        Throwable failure = onlyFailure(results);
        assertThat(failure).isInstanceOf(AssertionFailedError.class);
        assertThat(failure.getCause()).isInstanceOf(AssertionFailedError.class)
                .hasMessageStartingWith("Gradient check failed: BiasNotSummedOverBatch [db]");
        assertThat(failure.getSuppressed()).singleElement().isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void includesMinimalFailureMessage() {
        EngineExecutionResults results = run(FailingTestCase.class);

        Throwable failure = onlyFailure(results);
        String minimalHeadline = failure.getSuppressed()[0].getMessage().lines().findFirst().orElseThrow();
        assertThat(failure.getMessage()).contains("minimal failure:\n  " + failure.getSuppressed()[0].getClass()
                .getName() + ": " + minimalHeadline);
    }

    @Test
    void reportsOneFailureUnderParallelExecution() {
        Map<String, String> parallel = Map.of("junit.jupiter.execution.parallel.enabled", "true",
                "junit.jupiter.execution.parallel.mode.default", "concurrent");

        EngineExecutionResults results = run(FailingTestCase.class, parallel);

        Dimensions original = dimensionsOf(failedTryName(results));
        Dimensions minimal = original.with("in", 1).with("out", 1).with("batch", 2);
        results.testEvents().assertStatistics(stats -> stats.failed(1));
        assertThat(onlyFailure(results).getMessage()).contains(shrinkLines(original, minimal, Rounding.NONE).get(1));
    }

    @Test
    void sameSeedGivesSameTries() {
        List<String> first = tryNames(run(PassingTestCase.class));

        List<String> second = tryNames(run(PassingTestCase.class));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void sameSeedGivesSameValues() {
        List<String> first = sampleEntries(run(ReportingTestCase.class));

        List<String> second = sampleEntries(run(ReportingTestCase.class));

        assertThat(first).hasSize(6);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void reportsOriginalWhenShrinkingOff() {
        EngineExecutionResults results = run(UnshrunkTestCase.class);

        Dimensions original = dimensionsOf(failedTryName(results));
        String message = onlyFailure(results).getMessage();
        assertThat(message).contains(shrinkLines(original, original, Rounding.NONE).get(1) + "\n");
        assertThat(onlyFailure(results).getSuppressed()).isEmpty();
    }

    @Test
    void configurationSeedOverridesAnnotation() {
        List<String> annotated = tryNames(run(PassingTestCase.class));

        Map<String, String> parameters = Map.of(GradientPropertyExtension.SEED_KEY, "99");
        EngineExecutionResults overridden = run(PassingTestCase.class, parameters);

        assertThat(tryNames(overridden)).isNotEqualTo(annotated);
        assertThat(reportEntry(overridden)).containsEntry("gradcheck.seed",
                "99 (configuration parameter " + GradientPropertyExtension.SEED_KEY + ")");
    }

    @Test
    void configurationSeedReproducesRandomSeed() {
        EngineExecutionResults random = run(RandomSeedTestCase.class);
        String seed = reportEntry(random).get("gradcheck.seed").split(" ")[0];

        EngineExecutionResults rerun = run(RandomSeedTestCase.class, Map.of(GradientPropertyExtension.SEED_KEY, seed));

        assertThat(reportEntry(random).get("gradcheck.seed")).endsWith("(drawn at random because @GradientProperty "
                + "sets no seed)");
        assertThat(tryNames(rerun)).isEqualTo(tryNames(random));
    }

    @Test
    void rejectsSeedThatIsNoNumber() {
        EngineExecutionResults results = run(PassingTestCase.class, Map.of(GradientPropertyExtension.SEED_KEY, "abc"));

        assertThat(onlyFailure(results)).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Cannot parse configuration parameter [gradcheck.seed] value [abc]; give a decimal long such as 42.");
    }

    @Test
    void publishesTriesPerSize() {
        EngineExecutionResults results = run(PassingTestCase.class);

        Map<String, String> entry = reportEntry(results);
        assertThat(entry).containsEntry("gradcheck.seed", "42 (@GradientProperty(seed))");
        assertThat(entry.get("gradcheck.tries")).startsWith("12 run: 12 passed, 0 failed, 0 aborted; ");
        assertThat(entry).containsKeys("gradcheck.dimension.in", "gradcheck.dimension.out",
                "gradcheck.dimension.batch");
        assertThat(sumOfCounts(entry.get("gradcheck.dimension.batch"))).isEqualTo(12);
    }

    @Test
    void countsTriesPerSizeAsDisplayed() {
        EngineExecutionResults results = run(PassingTestCase.class);

        long batchOne = tryNames(results).stream().filter(name -> dimensionsOf(name).get("batch") == 1).count();
        String counts = reportEntry(results).get("gradcheck.dimension.batch");
        assertThat(counts).startsWith("1: " + batchOne + ",");
    }

    @Test
    void publishesStatisticsOfFailingRun() {
        EngineExecutionResults results = run(FailingTestCase.class);

        int failedTry = Integer.parseInt(failedTryName(results).split(" ")[1]);
        assertThat(reportEntry(results).get("gradcheck.tries"))
                .startsWith(failedTry + " run: " + (failedTry - 1) + " passed, 1 failed, 0 aborted; ");
    }

    @Test
    void countsAbortedTries() {
        EngineExecutionResults results = run(AbortingTestCase.class);

        long aborted = results.testEvents().aborted().count();
        assertThat(aborted).isPositive();
        assertThat(reportEntry(results).get("gradcheck.tries"))
                .startsWith("40 run: " + (40 - aborted) + " passed, 0 failed, " + aborted + " aborted; ");
    }

    @Test
    void failsTryWhenConstructorRejectsEverySize() {
        EngineExecutionResults results = run(RejectingTestCase.class);

        assertThat(onlyFailure(results)).hasMessageStartingWith("Cannot generate try 1 of "
                + "RejectingTestCase.layerRuns(): the layer constructors rejected all 50 draws of the sizes, "
                + "the last {");
        assertThat(onlyFailure(results)).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsSampleWithWrongRank() {
        EngineExecutionResults results = run(WrongRankTestCase.class);

        assertThat(onlyFailure(results)).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Cannot generate parameter [x] of WrongRankTestCase.wrongRank(): @Sample names 1 dimension(s) for an "
                        + "array of rank 2; give one name per axis.");
    }

    @Test
    void rejectsGeneratedCaseWithoutLayer() {
        EngineExecutionResults results = run(CaseWithoutLayerTestCase.class);

        assertThat(onlyFailure(results)).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Cannot generate the GeneratedCase parameter of CaseWithoutLayerTestCase.caseAlone(): it holds the "
                        + "inputs of one layer, but the method declares 0 layer parameter type(s) []; declare exactly "
                        + "one @Differentiable parameter type.");
    }

    @Test
    void rejectsBoundsThatDoNotOverlap() {
        EngineExecutionResults results = run(DisjointBoundsTestCase.class);

        assertThat(onlyFailure(results)).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Cannot generate dimension [batch] for DisjointBoundsTestCase.disjoint(): its bounds [1, 2] and [5, 6] "
                        + "do not overlap; widen one of the @Dim bounds.");
    }

    @Test
    void rejectsZeroTries() {
        EngineExecutionResults results = run(ZeroTriesTestCase.class);

        assertThat(onlyFailure(results)).isInstanceOf(IllegalArgumentException.class).hasMessage(
                "Cannot run property ZeroTriesTestCase.never() with tries [0], maxDimension [4] and "
                        + "maxShrinkAttempts [200]; give at least 1 try, a maximum dimension of at least 1 and at "
                        + "least 0 shrink attempts.");
    }

    private static List<String> sampleEntries(EngineExecutionResults results) {
        return results.allEvents().reportingEntryPublished().stream()
                .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("sample"))
                .filter(value -> value != null).toList();
    }

    private static int sumOfCounts(String counts) {
        return List.of(counts.split(", ")).stream().mapToInt(count -> Integer.parseInt(count.split(": ")[1])).sum();
    }

    static void assertPasses(GradientReport report) {
        if (!report.passed()) {
            throw new AssertionFailedError(GradientMismatch.of(report).create());
        }
    }

    static class PassingTestCase {

        @GradientProperty(tries = 12, seed = 42)
        void affineGradientsMatch(Affine layer, GeneratedCase input) {
            assertPasses(GradientChecker.of(layer, input.arguments()).check());
        }
    }

    @Dim(value = "batch", max = 3)
    static class ResolvingTestCase {

        @GradientProperty(tries = 20, seed = 3)
        void resolvesEveryKind(Affine layer, GeneratedCase input, Dimensions dimensions, @Dim("batch") int batch,
                @Sample({"batch", "in"}) double[][] x, RandomGenerator random, TestInfo info) {

            assertEquals(dimensions.get("batch"), batch);
            assertEquals(batch, x.length);
            assertEquals(dimensions.get("in"), x[0].length);
            assertEquals(dimensions.get("in"), layer.W.length);
            assertEquals(dimensions.get("out"), layer.b.length);
            assertEquals(dimensions, input.dimensions());
            assertEquals(batch, ((double[][]) input.inputs().get(0)).length);
            assertEquals(true, batch <= 3);
            assertNotNull(random);
            assertNotNull(info);
        }
    }

    static class FailingTestCase {

        @GradientProperty(tries = 30, seed = 11)
        void biasGradientsMatch(BiasNotSummedOverBatch layer, GeneratedCase input) {
            assertPasses(GradientChecker.of(layer, input.arguments()).check());
        }
    }

    static class ReportingTestCase {

        @GradientProperty(tries = 6, seed = 5)
        void publishesValues(@Sample({"rows", "columns"}) double[][] x, RandomGenerator random, TestReporter reporter) {
            reporter.publishEntry("sample", Arrays.deepToString(x) + " " + random.nextLong());
        }
    }

    static class UnshrunkTestCase {

        @GradientProperty(tries = 30, seed = 11, maxShrinkAttempts = 0)
        void biasGradientsMatch(BiasNotSummedOverBatch layer, GeneratedCase input) {
            assertPasses(GradientChecker.of(layer, input.arguments()).check());
        }
    }

    static class RandomSeedTestCase {

        @GradientProperty(tries = 5)
        void anySize(Dimensions dimensions, @Sample({"rows", "columns"}) double[][] x) {
            assertEquals(dimensions.get("rows"), x.length);
        }
    }

    static class AbortingTestCase {

        @GradientProperty(tries = 40, seed = 8)
        void squareOnly(@Dim("rows") int rows, @Dim("columns") int columns) {
            Assumptions.assumeTrue(rows == columns);
        }
    }

    @Differentiable
    static class AlwaysRejects extends Affine {

        AlwaysRejects(@Dim("in") int in, @Dim("out") int out) {
            super(in, out);
            throw new IllegalArgumentException("Cannot build AlwaysRejects at any size.");
        }
    }

    static class RejectingTestCase {

        @GradientProperty(tries = 3, seed = 1)
        void layerRuns(AlwaysRejects layer) {
            assertNotNull(layer);
        }
    }

    static class WrongRankTestCase {

        @GradientProperty(tries = 3, seed = 1)
        void wrongRank(@Sample({"batch"}) double[][] x) {
            assertNotNull(x);
        }
    }

    static class CaseWithoutLayerTestCase {

        @GradientProperty(tries = 3, seed = 1)
        void caseAlone(GeneratedCase input) {
            assertNotNull(input);
        }
    }

    static class ZeroTriesTestCase {

        @GradientProperty(tries = 0)
        void never(Dimensions dimensions) {
            assertNotNull(dimensions);
        }
    }

    @Dim(value = "batch", min = 5, max = 6)
    static class DisjointBoundsTestCase {

        @GradientProperty(tries = 3, seed = 1)
        void disjoint(@Dim(value = "batch", max = 2) int batch) {
            assertNotNull(batch);
        }
    }
}
