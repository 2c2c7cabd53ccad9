package io.github.gradcheck.junit;

import java.util.Optional;
import java.util.function.Function;

/**
 * Builds a suite's {@link GradCheckConfiguration}: for each setting the {@link GradientCheck}
 * attribute when it is set, else the JUnit configuration parameter, else the default.
 */
final class GradCheckConfigurationResolver {

    private final String suiteName;
    private final GradientCheck annotation;
    private final Function<String, Optional<String>> parameters;

    private GradCheckConfigurationResolver(String suiteName, GradientCheck annotation,
            Function<String, Optional<String>> parameters) {

        this.suiteName = suiteName;
        this.annotation = annotation;
        this.parameters = parameters;
    }

    /**
     * Resolve every setting.
     *
     * @param suiteName  the test class's name, for messages
     * @param annotation the suite's annotation
     * @param parameters the configuration parameters by key, such as
     *                   {@code ExtensionContext::getConfigurationParameter}
     * @throws IllegalArgumentException naming the attribute or key, its value and the accepted
     *                                  values, when a value does not parse or is out of range
     */
    static GradCheckConfiguration resolve(String suiteName, GradientCheck annotation,
            Function<String, Optional<String>> parameters) {

        return new GradCheckConfigurationResolver(suiteName, annotation, parameters).resolve();
    }

    private GradCheckConfiguration resolve() {
        GradCheckConfiguration configuration = GradCheckConfiguration.defaults();
        for (GradCheckSetting setting : GradCheckSetting.values()) {
            configuration = resolve(configuration, setting);
        }
        return configuration;
    }

    private GradCheckConfiguration resolve(GradCheckConfiguration configuration,
            GradCheckSetting setting) {

        Optional<String> attribute = setting.attribute(annotation);
        if (attribute.isPresent()) {
            try {
                return setting.apply(configuration, attribute.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Cannot run the gradient checks of [" + suiteName
                        + "]: @GradientCheck(" + setting.attributeName() + " = " + attribute.get()
                        + ") is out of range; set " + setting.attributeName() + " to "
                        + setting.rule() + ", or remove the attribute.", e);
            }
        }
        Optional<String> parameter = parameters.apply(setting.key());
        if (parameter.isEmpty()) {
            return configuration;
        }
        try {
            return setting.apply(configuration, parameter.get().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Cannot run the gradient checks of [" + suiteName
                    + "]: configuration parameter [" + setting.key() + "] has the invalid value ["
                    + parameter.get() + "]; set it to " + setting.rule()
                    + ", in junit-platform.properties or with -D" + setting.key()
                    + "=<value>, or remove it to use the default.", e);
        }
    }
}
