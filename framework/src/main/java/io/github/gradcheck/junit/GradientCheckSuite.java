package io.github.gradcheck.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mix-in for a {@link GradientCheck} test class that contributes the test factory creating its
 * gradient checks.
 *
 * <pre>{@code
 * @GradientCheck(Dense.class)
 * class DenseGradientTests implements GradientCheckSuite {
 * }
 * }</pre>
 *
 * <p>JUnit Jupiter creates tests only from methods, so the annotation names what to check and
 * this interface's default {@code @TestFactory} method creates the tests. A class that
 * implements this interface without the annotation fails before any test runs.
 *
 * @since 0.1
 */
@ExtendWith(GradCheckExtension.class)
@API(status = EXPERIMENTAL, since = "0.1")
public interface GradientCheckSuite {

    /**
     * Create the gradient checks of this class.
     *
     * @param plan the layers and settings resolved from {@link GradientCheck}, never null
     * @return one container per layer holding one test per gradient
     * @since 0.1
     */
    @TestFactory
    @DisplayName("gradient checks")
    default Stream<DynamicNode> gradientChecks(GradientCheckPlan plan) {
        return plan.dynamicTests();
    }
}
