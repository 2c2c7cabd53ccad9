package io.github.gradcheck.demo.showcase;

import io.github.gradcheck.junit.GradientCheck;
import io.github.gradcheck.junit.GradientCheckSuite;

/**
 * The showcase run by {@code mvn -B -ntp -Pshowcase verify}: every layer of the demo library,
 * which passes, and {@link BrokenClassifier}, whose failure report pins the fault to one layer.
 * Its name ends in {@code Showcase}, so the ordinary test run leaves it out.
 */
@GradientCheck(value = BrokenClassifier.class, packages = {"io.github.gradcheck.demo.layers",
        "io.github.gradcheck.demo.losses", "io.github.gradcheck.demo.models"})
class DemoShowcase implements GradientCheckSuite {
}
