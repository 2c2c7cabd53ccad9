package io.github.gradcheck.junit;

import static io.github.gradcheck.junit.EngineRunSupport.failedTestNames;
import static io.github.gradcheck.junit.EngineRunSupport.failureOf;
import static io.github.gradcheck.junit.EngineRunSupport.reportEntryOf;
import static io.github.gradcheck.junit.EngineRunSupport.run;
import static io.github.gradcheck.junit.EngineRunSupport.testNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LayerDefinitionException;
import io.github.gradcheck.check.LayerDescriptor;
import io.github.gradcheck.check.LayerExecutionException;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.AffineBiasNotSummed;
import io.github.gradcheck.junit.fixtures.BackwardThrows;
import io.github.gradcheck.junit.fixtures.CountingScale;
import io.github.gradcheck.junit.fixtures.GatedModel;
import io.github.gradcheck.junit.fixtures.MissingBackward;
import io.github.gradcheck.junit.fixtures.Scale;
import io.github.gradcheck.junit.fixtures.ScaledAffineModel;
import io.github.gradcheck.junit.fixtures.SharedLayerModel;
import io.github.gradcheck.generate.GradientShrinker;
import io.github.gradcheck.report.GradientMismatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class GradCheckExtensionTests {

    @GradientCheck(Affine.class)
    static class AffineTestCase implements GradientCheckSuite {
    }

    @GradientCheck(Scale.class)
    static class ScaleTestCase implements GradientCheckSuite {
    }

    @GradientCheck(ScaledAffineModel.class)
    static class ModelTestCase implements GradientCheckSuite {
    }

    @GradientCheck({Affine.class, AffineBiasNotSummed.class})
    static class BiasNotSummedTestCase implements GradientCheckSuite {
    }

    @GradientCheck(GatedModel.class)
    static class AbstractFieldTestCase implements GradientCheckSuite {
    }

    @GradientCheck(SharedLayerModel.class)
    static class SharedLayerTestCase implements GradientCheckSuite {
    }

    @GradientCheck(value = CountingScale.class, cases = 3)
    static class CountingTestCase implements GradientCheckSuite {
    }

    @GradientCheck({BackwardThrows.class, Affine.class})
    static class BackwardThrowsTestCase implements GradientCheckSuite {
    }

    @GradientCheck({MissingBackward.class, Affine.class})
    static class MissingBackwardTestCase implements GradientCheckSuite {
    }

    @GradientCheck(packages = "io.github.gradcheck.junit.fixtures.scan")
    static class PackageTestCase implements GradientCheckSuite {
    }

    @GradientCheck(value = Affine.class, cases = 1, seed = 7)
    static class PinnedTestCase implements GradientCheckSuite {
    }

    @Test
    void namesOneTestPerGradient() {
        EngineExecutionResults results = run(AffineTestCase.class);

        assertThat(testNames(results)).containsExactly("Affine › dW", "Affine › db", "Affine › dx");
        assertThat(results.containerEvents().started().stream().map(EngineRunSupport::name)).contains("Affine");
        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
    }

    @Test
    void namesModelGradientsByLayerField() {
        EngineExecutionResults results = run(ModelTestCase.class);

        assertThat(testNames(results)).containsExactly("ScaledAffineModel › hidden.dW",
                "ScaledAffineModel › hidden.db", "ScaledAffineModel › out.ds", "ScaledAffineModel › dx");
        results.testEvents().assertStatistics(stats -> stats.succeeded(4).failed(0));
    }

    @Test
    void listsGradientsOfAbstractFieldFromFirstCase() {
        EngineExecutionResults results = run(AbstractFieldTestCase.class);

        assertThat(testNames(results)).containsExactly("GatedModel › gate.dg", "GatedModel › dx");
        results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0));
    }

    @Test
    void failsWhenBuiltLayerDiffersFromFields() {
        EngineExecutionResults results = run(SharedLayerTestCase.class);

        assertThat(failedTestNames(results)).containsExactly("SharedLayerModel › first.ds",
                "SharedLayerModel › second.ds", "SharedLayerModel › dx");
        assertThat(failureOf(results, "SharedLayerModel › dx")).isInstanceOf(IllegalStateException.class)
                .hasMessage("Cannot check [SharedLayerModel]: the built layer has the gradients [first.ds, dx], "
                        + "but its declared fields give [first.ds, second.ds, dx]; declare each @Layer field "
                        + "with the class of the object it contains, and give each field its own layer object.");
    }

    @Test
    void failsOnlyTheMismatchingGradient() {
        EngineExecutionResults results = run(BiasNotSummedTestCase.class);

        assertThat(failedTestNames(results)).containsExactly("AffineBiasNotSummed › db");
        results.testEvents().assertStatistics(stats -> stats.started(6).succeeded(5).failed(1));
    }

    @Test
    void failsWithFirstCaseDiagnostic() {
        var definition = definitionOf(BiasNotSummedTestCase.class, GradCheckConfiguration.defaults());
        int index = firstFailingCase(definition, AffineBiasNotSummed.class, "db");
        GradientReport report = definition.configuration().checker(AffineBiasNotSummed.class, index).check();
        var expected = GradientMismatch.of(report.withReplay(definition.rerun("AffineBiasNotSummed", index)))
                .focusedOn("db");

        Throwable failure = failureOf(run(BiasNotSummedTestCase.class), "AffineBiasNotSummed › db");

        assertThat(failure).isInstanceOf(AssertionFailedError.class);
        assertThat(failure.getMessage()).startsWith(expected.create());
        assertThat(((AssertionFailedError) failure).getExpected().getValue()).isEqualTo(expected.expected());
        assertThat(((AssertionFailedError) failure).getActual().getValue()).isEqualTo(expected.actual());
    }

    @Test
    void appendsSmallestFailingCase() {
        var definition = definitionOf(BiasNotSummedTestCase.class, GradCheckConfiguration.defaults());
        int index = firstFailingCase(definition, AffineBiasNotSummed.class, "db");
        GradientReport report = definition.configuration().checker(AffineBiasNotSummed.class, index).check();
        var shrunk = GradientShrinker.of(AffineBiasNotSummed.class).withFailure(candidate ->
                !candidate.tensor("db").orElseThrow().passed()).shrink(report);

        Throwable failure = failureOf(run(BiasNotSummedTestCase.class), "AffineBiasNotSummed › db");

        assertThat(shrunk.minimal().get("batch")).isEqualTo(2);
        assertThat(failure.getMessage()).contains("smallest case where db still fails:\n" + shrunk.describe());
        assertThat(failure.getMessage()).contains(shrunk.minimalFailure().replay());
        assertThat(failure.getMessage()).contains("needs     : batch >= 2: no smaller size reproduces the failure");
    }

    @Test
    void rerunLineSetsSeedAndSingleCase() {
        var definition = definitionOf(BiasNotSummedTestCase.class, GradCheckConfiguration.defaults());
        int index = firstFailingCase(definition, AffineBiasNotSummed.class, "db");
        long seed = definition.configuration().caseSeed(index);

        Throwable failure = failureOf(run(BiasNotSummedTestCase.class), "AffineBiasNotSummed › db");

        assertThat(failure.getMessage()).contains("mvn test -Dtest='GradCheckExtensionTests$BiasNotSummedTestCase' "
                + "-Dgradcheck.seed=" + seed + " -Dgradcheck.cases=1")
                .contains("GradientChecker.of(AffineBiasNotSummed.class).withSeed(" + seed + "L).check()");
    }

    @Test
    void rerunParametersReproduceFailure() {
        var definition = definitionOf(BiasNotSummedTestCase.class, GradCheckConfiguration.defaults());
        int index = firstFailingCase(definition, AffineBiasNotSummed.class, "db");
        var rerun = Map.of("gradcheck.seed", String.valueOf(definition.configuration().caseSeed(index)),
                "gradcheck.cases", "1");
        Throwable original = failureOf(run(BiasNotSummedTestCase.class), "AffineBiasNotSummed › db");

        Throwable rerunFailure = failureOf(run(BiasNotSummedTestCase.class, rerun), "AffineBiasNotSummed › db");

        assertThat(rerunFailure).hasMessage(original.getMessage());
    }

    @Test
    void rerunsEveryCaseWhenAnnotationPinsSeed() {
        var definition = definitionOf(PinnedTestCase.class, GradCheckConfiguration.defaults().withCases(1)
                .withSeed(7));

        String rerun = definition.rerun("Affine", 0);

        assertThat(rerun).startsWith("mvn test -Dtest='GradCheckExtensionTests$PinnedTestCase', or in Java: ");
    }

    @Test
    void publishesFiguresAsReportEntries() {
        EngineExecutionResults results = run(AffineTestCase.class);

        Map<String, String> entry = reportEntryOf(results, "Affine › db");

        assertThat(entry).containsEntry("gradcheck.gradient", "db")
                .containsEntry("gradcheck.cases", String.valueOf(GradCheckConfiguration.DEFAULT_CASES))
                .containsEntry("gradcheck.mismatches", "0")
                .containsEntry("gradcheck.band", "great")
                .containsKeys("gradcheck.relativeDifference", "gradcheck.elementsChecked", "gradcheck.timeMillis",
                        "gradcheck.mode");
        assertThat(Integer.parseInt(entry.get("gradcheck.elementsChecked"))).isPositive();
    }

    @Test
    void publishesEntryForFailingGradientToo() {
        EngineExecutionResults results = run(BiasNotSummedTestCase.class);

        Map<String, String> entry = reportEntryOf(results, "AffineBiasNotSummed › db");

        assertThat(entry).containsEntry("gradcheck.band", "wrong");
        assertThat(Integer.parseInt(entry.get("gradcheck.mismatches"))).isPositive();
    }

    @Test
    void runsEachCaseOncePerLayer() {
        CountingScale.CONSTRUCTIONS.set(0);

        EngineExecutionResults results = run(CountingTestCase.class);

        results.testEvents().assertStatistics(stats -> stats.succeeded(2));
        assertThat(CountingScale.CONSTRUCTIONS.get()).isEqualTo(3);
    }

    @Test
    void layerExceptionFailsEveryTest() {
        var configuration = GradCheckConfiguration.defaults();
        Throwable direct = catchThrowable(() -> configuration.checker(BackwardThrows.class, 0).check());

        EngineExecutionResults results = run(BackwardThrowsTestCase.class);

        assertThat(failedTestNames(results)).containsExactly("BackwardThrows › db", "BackwardThrows › dx");
        for (String name : List.of("BackwardThrows › db", "BackwardThrows › dx")) {
            assertThat(failureOf(results, name)).isInstanceOf(LayerExecutionException.class)
                    .hasMessage(direct.getMessage());
        }
        results.testEvents().assertStatistics(stats -> stats.succeeded(3));
    }

    @Test
    void brokenLayerFailsInOneTest() {
        Throwable direct = catchThrowable(() -> LayerDescriptor.of(MissingBackward.class));

        EngineExecutionResults results = run(MissingBackwardTestCase.class);

        assertThat(failedTestNames(results)).containsExactly("MissingBackward");
        assertThat(failureOf(results, "MissingBackward")).isInstanceOf(LayerDefinitionException.class)
                .hasMessage(direct.getMessage());
        results.testEvents().assertStatistics(stats -> stats.succeeded(3));
    }

    @Test
    void discoversLayersInPackageTree() {
        EngineExecutionResults results = run(PackageTestCase.class);

        assertThat(testNames(results)).containsExactly("Shift › db", "Shift › dx", "Negate › dx");
        results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));
    }

    @Test
    void readsConfigurationParameters() {
        var parameters = Map.of("gradcheck.cases", "2", "gradcheck.mode", "sampled", "gradcheck.samples", "1");

        EngineExecutionResults results = run(ScaleTestCase.class, parameters);

        Map<String, String> entry = reportEntryOf(results, "Scale › ds");
        assertThat(entry).containsEntry("gradcheck.cases", "2").containsEntry("gradcheck.mode", "SAMPLED")
                .containsEntry("gradcheck.elementsChecked", "2");
    }

    @Test
    void prefersAttributeToParameter() {
        EngineExecutionResults results = run(PinnedTestCase.class, Map.of("gradcheck.cases", "4"));

        assertThat(reportEntryOf(results, "Affine › dW")).containsEntry("gradcheck.cases", "1");
    }

    private static GradCheckSuiteDefinition definitionOf(Class<?> testCase, GradCheckConfiguration configuration) {
        GradientCheck annotation = testCase.getAnnotation(GradientCheck.class);
        return new GradCheckSuiteDefinition(testCase, annotation, List.of(annotation.value()), configuration);
    }

    private static int firstFailingCase(GradCheckSuiteDefinition definition, Class<?> layer, String path) {
        for (int index = 0; index < definition.configuration().cases(); index++) {
            GradientReport report = definition.configuration().checker(layer, index).check();
            if (!report.tensor(path).orElseThrow().passed()) {
                return index;
            }
        }
        throw new AssertionError("no case of " + layer.getSimpleName() + " fails in " + path);
    }
}
