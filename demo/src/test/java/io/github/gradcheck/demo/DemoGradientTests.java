package io.github.gradcheck.demo;

import io.github.gradcheck.junit.GradientCheck;
import io.github.gradcheck.junit.GradientCheckSuite;

/**
 * Checks every layer, loss and model of the demo library the way a user checks theirs: one test
 * per layer and gradient, each on the configured number of generated cases.
 */
@GradientCheck(packages = {"io.github.gradcheck.demo.layers", "io.github.gradcheck.demo.losses",
        "io.github.gradcheck.demo.models"})
class DemoGradientTests implements GradientCheckSuite {
}
