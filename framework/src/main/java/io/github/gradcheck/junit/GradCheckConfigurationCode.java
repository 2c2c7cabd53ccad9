package io.github.gradcheck.junit;

import io.github.gradcheck.check.CheckConfig;

/** Writes the {@code CheckConfig} calls that reproduce a configuration, for rerun lines. */
final class GradCheckConfigurationCode {

    private GradCheckConfigurationCode() {
    }

    /**
     * Return the {@code with} calls that turn {@link CheckConfig#defaults()} into the given
     * configuration, such as {@code .withStep(1.0E-5).withMode(Mode.FULL)}.
     */
    static String of(CheckConfig config) {
        CheckConfig defaults = CheckConfig.defaults();
        var code = new StringBuilder();
        if (config.step() != defaults.step()) {
            code.append(".withStep(").append(config.step()).append(')');
        }
        if (config.tolerance() != defaults.tolerance()) {
            code.append(".withTolerance(").append(config.tolerance()).append(')');
        }
        if (config.absoluteTolerance() != defaults.absoluteTolerance()) {
            code.append(".withAbsoluteTolerance(").append(config.absoluteTolerance()).append(')');
        }
        if (config.mode() != defaults.mode()) {
            code.append(".withMode(Mode.").append(config.mode()).append(')');
        }
        if (config.samples() != defaults.samples()) {
            code.append(".withSamples(").append(config.samples()).append(')');
        }
        if (config.fullSweepLimit() != defaults.fullSweepLimit()) {
            code.append(".withFullSweepLimit(").append(config.fullSweepLimit()).append(')');
        }
        if (config.upstream() != defaults.upstream()) {
            code.append(".withUpstream(Upstream.").append(config.upstream()).append(')');
        }
        return code.toString();
    }
}
