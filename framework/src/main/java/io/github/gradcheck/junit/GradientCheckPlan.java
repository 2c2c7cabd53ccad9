package io.github.gradcheck.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.check.LayerDefinitionException;
import io.github.gradcheck.check.TensorReport;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * The gradient checks of one {@link GradientCheck} test class: its layer classes, its settings
 * and the dynamic tests that run them.
 *
 * <p>{@link GradCheckExtension} passes the plan to the {@code @TestFactory} method of
 * {@link GradientCheckSuite}. Override that method to filter the tests or add others:
 *
 * <pre>{@code
 * @Override
 * public Stream<DynamicNode> gradientChecks(GradientCheckPlan plan) {
 *     return plan.dynamicTests().filter(node -> !node.getDisplayName().equals("Dropout"));
 * }
 * }</pre>
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradientCheckPlan {

    /** Separator of layer and gradient in a test's name: U+203A, as in {@code Dense › db}. */
    public static final String SEPARATOR = " \u203a ";

    private final GradCheckSuiteDefinition definition;
    private final GradCheckCases cases;

    GradientCheckPlan(GradCheckSuiteDefinition definition, GradCheckCases cases) {
        this.definition = definition;
        this.cases = cases;
    }

    /**
     * Return the checked layer classes in test order.
     *
     * @return the classes, never empty
     * @since 0.1
     */
    public List<Class<?>> layers() {
        return definition.layers();
    }

    /**
     * Return the resolved settings.
     *
     * @return the settings after the annotation, the configuration parameters and the defaults
     * @since 0.1
     */
    public GradCheckConfiguration configuration() {
        return definition.configuration();
    }

    /**
     * Create the tests: one container per layer class, named after the class, holding one test
     * per gradient, named like {@code Dense › db}. A class that breaks the layer contract gets a
     * single test, named after the class, that fails with the contract violation.
     *
     * @return the nodes in {@link #layers()} order, without a test source of their own, so that
     *         reports such as Surefire's list them under the test class
     * @since 0.1
     */
    public Stream<DynamicNode> dynamicTests() {
        return definition.layers().stream().map(this::layerNode);
    }

    private DynamicNode layerNode(Class<?> layer) {
        String name = layerName(layer);
        Optional<List<String>> paths;
        try {
            paths = GradCheckTensorPaths.of(layer);
        } catch (LayerDefinitionException e) {
            return DynamicTest.dynamicTest(name, () -> {
                throw e;
            });
        }
        // The parameters of a model whose @Layer fields have abstract types are known only once the
        // model is built, so the first case lists its gradients. That case runs anyway and is kept.
        // The stream is lazy: the case runs when the container runs, not when the plan is built.
        Stream<List<String>> gradients = paths.map(Stream::of).orElseGet(() -> Stream.of(layer)
                .map(type -> cases.report(type, 0).tensors().stream().map(TensorReport::path)
                        .toList()));
        Stream<DynamicNode> tests = gradients.flatMap(listed -> listed.stream()
                .map(path -> DynamicTest.dynamicTest(name + SEPARATOR + path,
                        new GradCheckTensorTest(cases, layer, path, listed))));
        return DynamicContainer.dynamicContainer(name, tests);
    }

    private static String layerName(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : layerName(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    @Override
    public String toString() {
        return "GradientCheckPlan[" + definition.testClass().getName() + ", layers="
                + definition.layers() + ", " + definition.configuration() + "]";
    }
}
