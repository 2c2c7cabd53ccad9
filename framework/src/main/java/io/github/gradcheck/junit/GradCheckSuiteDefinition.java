package io.github.gradcheck.junit;

import io.github.gradcheck.api.Dimensions;
import java.util.List;

/**
 * Layers and settings of one {@link GradientCheck} test class, resolved and validated before its
 * tests run.
 *
 * @param testClass     the annotated class
 * @param annotation    its annotation, to tell which settings it pins
 * @param layers        the layer classes in test order
 * @param configuration the resolved settings
 */
record GradCheckSuiteDefinition(Class<?> testClass, GradientCheck annotation, List<Class<?>> layers,
        GradCheckConfiguration configuration) {

    /**
     * Return the command-line name of the test class for {@code mvn test -Dtest=...}: its
     * binary name without the package, quoted for the shell when it names a nested class.
     */
    String testName() {
        String name = testClass.getName().substring(testClass.getPackageName().isEmpty() ? 0
                : testClass.getPackageName().length() + 1);
        return name.contains("$") ? "'" + name + "'" : name;
    }

    /**
     * Return how to rerun one case of a layer: a Maven command, then the Java code.
     *
     * @param layerName the layer class as written in code, such as {@code Dense}
     * @param index     the case number
     */
    String rerun(String layerName, int index) {
        long caseSeed = configuration.caseSeed(index);
        String options = pinsCases() ? "" : " -D" + GradCheckConfiguration.SEED_KEY + "=" + caseSeed
                + " -D" + GradCheckConfiguration.CASES_KEY + "=1";
        return "mvn test -Dtest=" + testName() + options + ", or in Java: "
                + configuration.checkerCode(layerName + ".class", caseSeed, Dimensions.empty());
    }

    /**
     * Tell whether the annotation fixes the seed or the number of cases. The -D options cannot
     * change those, so the Maven command then reruns every case.
     */
    private boolean pinsCases() {
        return annotation.seed() != GradientCheck.UNSET_SEED || annotation.cases() != 0;
    }
}
