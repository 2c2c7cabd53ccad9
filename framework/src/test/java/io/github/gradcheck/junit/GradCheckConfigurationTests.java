package io.github.gradcheck.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.Mode;
import io.github.gradcheck.check.Upstream;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.generate.CaseGenerator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GradCheckConfigurationTests {

    @GradientCheck(Affine.class)
    static class UnsetTestCase {
    }

    @GradientCheck(value = Affine.class, cases = 2, seed = 0, step = 1e-4, tolerance = 1e-5, absoluteTolerance = 0,
            mode = Mode.SAMPLED, samples = 3, maxDimension = 6)
    static class EverySettingTestCase {
    }

    @Test
    void usesDefaultsWhenNothingIsSet() {
        GradCheckConfiguration configuration = resolve(UnsetTestCase.class, Map.of());

        assertThat(configuration.cases()).isEqualTo(GradCheckConfiguration.DEFAULT_CASES);
        assertThat(configuration.seed()).isEqualTo(GradientChecker.DEFAULT_SEED);
        assertThat(configuration.maxDimension()).isEqualTo(CaseGenerator.DEFAULT_MAX_DIMENSION);
        assertThat(configuration.checkConfig()).isSameAs(CheckConfig.defaults());
    }

    @Test
    void readsEveryConfigurationParameter() {
        Map<String, String> parameters = Map.of("gradcheck.step", "1e-4", "gradcheck.tolerance", " 1e-5 ",
                "gradcheck.absoluteTolerance", "1e-9", "gradcheck.mode", "directional", "gradcheck.cases", "7",
                "gradcheck.seed", "-42", "gradcheck.samples", "8", "gradcheck.maxDimension", "3");

        GradCheckConfiguration configuration = resolve(UnsetTestCase.class, parameters);

        assertThat(configuration.checkConfig().step()).isEqualTo(1e-4);
        assertThat(configuration.checkConfig().tolerance()).isEqualTo(1e-5);
        assertThat(configuration.checkConfig().absoluteTolerance()).isEqualTo(1e-9);
        assertThat(configuration.checkConfig().mode()).isEqualTo(Mode.DIRECTIONAL);
        assertThat(configuration.checkConfig().samples()).isEqualTo(8);
        assertThat(configuration.cases()).isEqualTo(7);
        assertThat(configuration.seed()).isEqualTo(-42);
        assertThat(configuration.maxDimension()).isEqualTo(3);
    }

    @Test
    void prefersEverySetAttributeToParameter() {
        Map<String, String> parameters = Map.of("gradcheck.step", "1e-3", "gradcheck.tolerance", "1e-2",
                "gradcheck.absoluteTolerance", "1e-9", "gradcheck.mode", "full", "gradcheck.cases", "7",
                "gradcheck.seed", "99", "gradcheck.samples", "8", "gradcheck.maxDimension", "3");

        GradCheckConfiguration configuration = resolve(EverySettingTestCase.class, parameters);

        assertThat(configuration.checkConfig().step()).isEqualTo(1e-4);
        assertThat(configuration.checkConfig().tolerance()).isEqualTo(1e-5);
        assertThat(configuration.checkConfig().absoluteTolerance()).isEqualTo(0.0);
        assertThat(configuration.checkConfig().mode()).isEqualTo(Mode.SAMPLED);
        assertThat(configuration.checkConfig().samples()).isEqualTo(3);
        assertThat(configuration.cases()).isEqualTo(2);
        assertThat(configuration.seed()).isEqualTo(0);
        assertThat(configuration.maxDimension()).isEqualTo(6);
    }

    @Test
    void namesKeyValueAndFixOfInvalidParameter() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> resolve(UnsetTestCase.class, Map.of("gradcheck.maxDimension", "0")))
                .withMessage("Cannot run the gradient checks of [Suite]: configuration parameter "
                        + "[gradcheck.maxDimension] has the invalid value [0]; set it to a whole number from 1 to 64, "
                        + "such as 4, in junit-platform.properties or with -Dgradcheck.maxDimension=<value>, or remove "
                        + "it to use the default.");
    }

    @Test
    void usesBaseSeedForFirstCase() {
        GradCheckConfiguration configuration = GradCheckConfiguration.defaults().withSeed(1234);

        assertThat(configuration.caseSeed(0)).isEqualTo(1234);
    }

    @Test
    void derivesDistinctSeedsForLaterCases() {
        GradCheckConfiguration configuration = GradCheckConfiguration.defaults().withSeed(1234).withCases(20);

        long[] seeds = IntStream.range(0, 20).mapToLong(configuration::caseSeed).toArray();

        assertThat(seeds).doesNotHaveDuplicates();
        assertThat(configuration.caseSeed(7)).isEqualTo(GradCheckConfiguration.defaults().withSeed(1234).withCases(8)
                .caseSeed(7));
    }

    @Test
    void rejectsCaseOutsideRange() {
        GradCheckConfiguration configuration = GradCheckConfiguration.defaults().withCases(2);

        assertThatIllegalArgumentException().isThrownBy(() -> configuration.caseSeed(2))
                .withMessageContaining("case [2]");
    }

    @Test
    void rejectsCaseCountBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> GradCheckConfiguration.defaults().withCases(0))
                .withMessage("Cannot run [0] cases per layer; give at least 1.");
    }

    @Test
    void writesCheckerCodeWithDefaultsLeftOut() {
        String code = GradCheckConfiguration.defaults().checkerCode("Dense.class", 5, Dimensions.empty());

        assertThat(code).isEqualTo("GradientChecker.of(Dense.class).withSeed(5L).check()");
    }

    @Test
    void writesCheckerCodeWithEveryChangedSetting() {
        CheckConfig config = CheckConfig.defaults().withStep(1e-4).withTolerance(1e-5).withAbsoluteTolerance(1e-9)
                .withMode(Mode.FULL).withSamples(2).withFullSweepLimit(10).withUpstream(Upstream.ONES);
        GradCheckConfiguration configuration = GradCheckConfiguration.defaults().withCheckConfig(config)
                .withMaxDimension(6);

        String code = configuration.checkerCode("Dense.class", -5, Dimensions.empty().with("batch", 2));

        assertThat(code).isEqualTo("GradientChecker.of(Dense.class).withSeed(-5L).withDimension(\"batch\", 2)"
                + ".withMaxDimension(6).withConfig(CheckConfig.defaults().withStep(1.0E-4).withTolerance(1.0E-5)"
                + ".withAbsoluteTolerance(1.0E-9).withMode(Mode.FULL).withSamples(2).withFullSweepLimit(10)"
                + ".withUpstream(Upstream.ONES)).check()");
    }

    private static GradCheckConfiguration resolve(Class<?> testCase, Map<String, String> parameters) {
        Function<String, Optional<String>> lookup = key -> Optional.ofNullable(parameters.get(key));
        return GradCheckConfigurationResolver.resolve("Suite", testCase.getAnnotation(GradientCheck.class), lookup);
    }
}
