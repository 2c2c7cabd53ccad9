package io.github.gradcheck.junit;

import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.Mode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One setting of a gradient-check suite: its {@link GradientCheck} attribute, its configuration
 * parameter and how a text value changes a {@link GradCheckConfiguration}.
 *
 * <p>Values are applied through the configuration's {@code with} methods, so the range rules
 * live in one place and a rejected value surfaces here as an {@link IllegalArgumentException}.
 */
enum GradCheckSetting {

    STEP("step", GradCheckConfiguration.STEP_KEY, "0 or a positive finite step in parameter units, "
            + "such as 1e-5 (0 chooses the step per tensor)") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            return decimal(annotation.step());
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            CheckConfig config = configuration.checkConfig().withStep(Double.parseDouble(value));
            return configuration.withCheckConfig(config);
        }
    },

    TOLERANCE("tolerance", GradCheckConfiguration.TOLERANCE_KEY,
            "a relative tolerance from 0 to 1, such as 1e-6 (0 uses the element type's default)") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            return decimal(annotation.tolerance());
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            double tolerance = Double.parseDouble(value);
            CheckConfig config = configuration.checkConfig().withTolerance(tolerance);
            return configuration.withCheckConfig(config);
        }
    },

    ABSOLUTE_TOLERANCE("absoluteTolerance", GradCheckConfiguration.ABSOLUTE_TOLERANCE_KEY,
            "0 or a positive finite tolerance in gradient units, such as 1e-9 "
                    + "(0 measures the noise floor)") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            return decimal(annotation.absoluteTolerance());
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            double tolerance = Double.parseDouble(value);
            CheckConfig config = configuration.checkConfig().withAbsoluteTolerance(tolerance);
            return configuration.withCheckConfig(config);
        }
    },

    MODE("mode", GradCheckConfiguration.MODE_KEY,
            "one of " + modeNames() + " (in any letter case)") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            Mode mode = annotation.mode();
            return mode == Mode.AUTO ? Optional.empty() : Optional.of(mode.name());
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            Mode mode = Mode.valueOf(value.toUpperCase(Locale.ROOT));
            return configuration.withCheckConfig(configuration.checkConfig().withMode(mode));
        }
    },

    CASES("cases", GradCheckConfiguration.CASES_KEY,
            "a whole number of cases of at least 1, such as 5") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            return count(annotation.cases());
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            return configuration.withCases(Integer.parseInt(value));
        }
    },

    SEED("seed", GradCheckConfiguration.SEED_KEY, "a decimal long, such as 42") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            long seed = annotation.seed();
            return seed == GradientCheck.UNSET_SEED ? Optional.empty()
                    : Optional.of(String.valueOf(seed));
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            return configuration.withSeed(Long.parseLong(value));
        }
    },

    SAMPLES("samples", GradCheckConfiguration.SAMPLES_KEY,
            "a whole number of at least 1, such as 16") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            return count(annotation.samples());
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            CheckConfig config = configuration.checkConfig().withSamples(Integer.parseInt(value));
            return configuration.withCheckConfig(config);
        }
    },

    MAX_DIMENSION("maxDimension", GradCheckConfiguration.MAX_DIMENSION_KEY,
            "a whole number from 1 to 64, such as 4") {
        @Override
        Optional<String> attribute(GradientCheck annotation) {
            return count(annotation.maxDimension());
        }

        @Override
        GradCheckConfiguration apply(GradCheckConfiguration configuration, String value) {
            return configuration.withMaxDimension(Integer.parseInt(value));
        }
    };

    private final String attributeName;
    private final String key;
    private final String rule;

    GradCheckSetting(String attributeName, String key, String rule) {
        this.attributeName = attributeName;
        this.key = key;
        this.rule = rule;
    }

    /** Return the attribute's value as text, or empty when it is at its "unset" default. */
    abstract Optional<String> attribute(GradientCheck annotation);

    /**
     * Return a copy of the configuration with this setting parsed from text.
     *
     * @throws IllegalArgumentException if the text does not parse or the value is out of range
     */
    abstract GradCheckConfiguration apply(GradCheckConfiguration configuration, String value);

    String attributeName() {
        return attributeName;
    }

    String key() {
        return key;
    }

    /** Describe the accepted values, for the fix in an error message. */
    String rule() {
        return rule;
    }

    /** Return a decimal attribute as text, or empty for its unset default NaN. */
    private static Optional<String> decimal(double value) {
        return Double.isNaN(value) ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    /** Return a count attribute as text, or empty for its unset default 0. */
    private static Optional<String> count(int value) {
        return value == 0 ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    private static String modeNames() {
        return Arrays.stream(Mode.values()).map(Mode::name).collect(Collectors.joining(", "));
    }
}
