package io.github.gradcheck.junit;

import static io.github.gradcheck.junit.EngineRunSupport.containerFailure;
import static io.github.gradcheck.junit.EngineRunSupport.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.Mode;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.junit.fixtures.NotALayer;
import io.github.gradcheck.junit.fixtures.scan.ShiftBase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class GradCheckSuiteValidationTests {

    @GradientCheck({Affine.class, NotALayer.class})
    static class NotALayerTestCase implements GradientCheckSuite {
    }

    @GradientCheck(ShiftBase.class)
    static class AbstractLayerTestCase implements GradientCheckSuite {
    }

    @GradientCheck
    static class NoLayerTestCase implements GradientCheckSuite {
    }

    @GradientCheck(packages = "io.github.gradcheck.junit.fixtures.nothing")
    static class EmptyPackageTestCase implements GradientCheckSuite {
    }

    @GradientCheck(packages = "io.github.gradcheck.junit.fixtures.")
    static class MalformedPackageTestCase implements GradientCheckSuite {
    }

    @GradientCheck(Affine.class)
    static class AffineTestCase implements GradientCheckSuite {
    }

    @GradientCheck(value = Affine.class, tolerance = 2)
    static class ToleranceAboveOneTestCase implements GradientCheckSuite {
    }

    @GradientCheck(value = Affine.class, step = -1e-5)
    static class NegativeStepTestCase implements GradientCheckSuite {
    }

    @GradientCheck(value = Affine.class, cases = -1)
    static class NegativeCasesTestCase implements GradientCheckSuite {
    }

    @GradientCheck(value = Affine.class, mode = Mode.FULL)
    static class FullModeTestCase implements GradientCheckSuite {
    }

    @GradientCheck(Affine.class)
    static class WithoutSuiteTestCase {

        @Test
        void otherTest() {
        }
    }

    static class WithoutAnnotationTestCase implements GradientCheckSuite {
    }

    @Test
    void rejectsListedClassThatIsNotDifferentiable() {
        EngineExecutionResults results = run(NotALayerTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Cannot run the gradient checks of [")
                .hasMessageContaining("[" + NotALayer.class.getName() + "]")
                .hasMessageContaining("is not annotated @Differentiable")
                .hasMessageEndingWith("or annotate the class.");
    }

    @Test
    void rejectsListedAbstractClass() {
        EngineExecutionResults results = run(AbstractLayerTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("[" + ShiftBase.class.getName() + "]")
                .hasMessageContaining("is abstract");
    }

    @Test
    void rejectsAnnotationWithoutLayers() {
        EngineExecutionResults results = run(NoLayerTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("names no layer")
                .hasMessageContaining("@GradientCheck(packages = ");
    }

    @Test
    void rejectsPackageWithoutLayers() {
        EngineExecutionResults results = run(EmptyPackageTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("[io.github.gradcheck.junit.fixtures.nothing]")
                .hasMessageContaining("contain no concrete @Differentiable class")
                .hasMessageContaining("correct the name");
    }

    @Test
    void rejectsMalformedPackageName() {
        EngineExecutionResults results = run(MalformedPackageTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("[io.github.gradcheck.junit.fixtures.]")
                .hasMessageContaining("is not a package name");
    }

    @Test
    void rejectsToleranceAboveOneInAnnotation() {
        EngineExecutionResults results = run(ToleranceAboveOneTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("@GradientCheck(tolerance = 2.0)")
                .hasMessageContaining("set tolerance to a relative tolerance from 0 to 1");
    }

    @Test
    void rejectsNegativeStepInAnnotation() {
        EngineExecutionResults results = run(NegativeStepTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("@GradientCheck(step = -1.0E-5)")
                .hasMessageContaining("set step to 0 or a positive finite step");
    }

    @Test
    void rejectsNegativeCasesInAnnotation() {
        EngineExecutionResults results = run(NegativeCasesTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("@GradientCheck(cases = -1)");
    }

    @Test
    void rejectsNegativeStepParameter() {
        EngineExecutionResults results = run(AffineTestCase.class, Map.of("gradcheck.step", "-1e-5"));

        assertNoTestRan(results);
        assertThat(containerFailure(results)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("configuration parameter [gradcheck.step] has the invalid value [-1e-5]")
                .hasMessageContaining("-Dgradcheck.step=<value>");
    }

    @Test
    void rejectsToleranceAboveOneParameter() {
        EngineExecutionResults results = run(AffineTestCase.class, Map.of("gradcheck.tolerance", "1.5"));

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("[gradcheck.tolerance]")
                .hasMessageContaining("[1.5]");
    }

    @Test
    void rejectsUnknownModeParameter() {
        EngineExecutionResults results = run(AffineTestCase.class, Map.of("gradcheck.mode", "fast"));

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("[gradcheck.mode] has the invalid value [fast]")
                .hasMessageContaining("one of FULL, SAMPLED, DIRECTIONAL, AUTO (in any letter case)");
    }

    @Test
    void rejectsParameterThatIsNotNumber() {
        EngineExecutionResults results = run(AffineTestCase.class, Map.of("gradcheck.cases", "many"));

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("[gradcheck.cases] has the invalid value [many]")
                .hasCauseInstanceOf(NumberFormatException.class);
    }

    @Test
    void rejectsInvalidParameterBesideAttributes() {
        EngineExecutionResults results = run(FullModeTestCase.class, Map.of("gradcheck.seed", "0x1F"));

        assertNoTestRan(results);
        assertThat(containerFailure(results)).hasMessageContaining("[gradcheck.seed] has the invalid value [0x1F]")
                .hasMessageContaining("a decimal long");
    }

    @Test
    void ignoresParameterThatAttributeOverrides() {
        EngineExecutionResults results = run(FullModeTestCase.class, Map.of("gradcheck.mode", "fast"));

        results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
    }

    @Test
    void failsAnnotatedClassThatIsNoSuite() {
        EngineExecutionResults results = run(WithoutSuiteTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not implement GradientCheckSuite")
                .hasMessageEndingWith("add 'implements GradientCheckSuite' to the class.");
    }

    @Test
    void failsSuiteWithoutAnnotation() {
        EngineExecutionResults results = run(WithoutAnnotationTestCase.class);

        assertNoTestRan(results);
        assertThat(containerFailure(results)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no @GradientCheck");
    }

    private static void assertNoTestRan(EngineExecutionResults results) {
        results.testEvents().assertStatistics(stats -> stats.started(0));
        results.containerEvents().assertStatistics(stats -> stats.failed(1));
    }
}
