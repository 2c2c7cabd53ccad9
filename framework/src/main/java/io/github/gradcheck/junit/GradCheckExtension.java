package io.github.gradcheck.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit Jupiter extension behind {@link GradientCheck} and {@link GradientCheckSuite}.
 *
 * <p>Jupiter offers no way for an annotation on a class to add tests by itself, so the work is
 * split in three steps:
 * <ol>
 * <li>Before all tests of the class, the extension validates the class and resolves the layers
 * and settings. Any problem fails the class container before a check runs: an annotated class
 * that does not implement {@link GradientCheckSuite} or the reverse, a listed class that is not
 * a concrete {@code @Differentiable} class, a package without one, a setting out of range.</li>
 * <li>It passes a {@link GradientCheckPlan} to the suite's {@code @TestFactory} method, which
 * returns the plan's dynamic tests. The generated cases of each layer run once, on first use,
 * and are kept in the factory's {@link ExtensionContext.Store} under this extension's namespace;
 * that store is the only state, so parallel and sequential runs give the same results.</li>
 * <li>It intercepts each gradient test to publish its figures as a report entry on the test's
 * own context, which build tools such as Surefire write to their reports. The entry keys are
 * {@code gradcheck.gradient}, {@code gradcheck.cases}, {@code gradcheck.relativeDifference}
 * (largest over the cases), {@code gradcheck.band}, {@code gradcheck.mode},
 * {@code gradcheck.elementsChecked}, {@code gradcheck.mismatches} and
 * {@code gradcheck.timeMillis} (numeric passes, summed).</li>
 * </ol>
 *
 * <p>A gradient that mismatches fails with an {@link org.opentest4j.AssertionFailedError} whose
 * message is the {@link io.github.gradcheck.report.GradientMismatch} text of the first failing
 * case, with a rerun line for Maven and for Java; its expected value is the numeric gradient and
 * its actual value the analytic one. An exception of the layer's code fails every test of that
 * layer with that exception.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradCheckExtension
        implements BeforeAllCallback, ParameterResolver, InvocationInterceptor {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
            .create(GradCheckExtension.class);

    private static final String DEFINITION_KEY = "definition";

    /**
     * Create the extension; Jupiter calls this through {@code @ExtendWith}.
     *
     * @since 0.1
     */
    public GradCheckExtension() {
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Optional<GradientCheck> annotation = AnnotationSupport.findAnnotation(testClass,
                GradientCheck.class);
        boolean suite = GradientCheckSuite.class.isAssignableFrom(testClass);
        if (annotation.isEmpty() && !suite) {
            // A nested class inherits the extension from its enclosing suite but checks nothing.
            return;
        }
        String name = testClass.getName();
        if (annotation.isEmpty()) {
            throw new IllegalStateException("Cannot run the gradient checks of [" + name
                    + "]: it implements GradientCheckSuite but has no @GradientCheck; annotate it, "
                    + "as in @GradientCheck(Dense.class).");
        }
        if (!suite) {
            throw new IllegalStateException("Cannot run the gradient checks of [" + name
                    + "]: it is annotated @GradientCheck but does not implement "
                    + "GradientCheckSuite, whose @TestFactory method creates the tests; add "
                    + "'implements GradientCheckSuite' to the class.");
        }
        GradCheckConfiguration configuration = GradCheckConfigurationResolver.resolve(name,
                annotation.get(), context::getConfigurationParameter);
        List<Class<?>> layers = GradCheckLayerResolver.resolve(name, annotation.get(),
                testClass.getClassLoader());
        context.getStore(NAMESPACE).put(DEFINITION_KEY,
                new GradCheckSuiteDefinition(testClass, annotation.get(), layers, configuration));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext,
            ExtensionContext extensionContext) {

        return parameterContext.getParameter().getType() == GradientCheckPlan.class;
    }

    @Override
    public GradientCheckPlan resolveParameter(ParameterContext parameterContext,
            ExtensionContext extensionContext) {

        ExtensionContext.Store store = extensionContext.getStore(NAMESPACE);
        var definition = store.get(DEFINITION_KEY, GradCheckSuiteDefinition.class);
        if (definition == null) {
            throw new ParameterResolutionException("Cannot create a GradientCheckPlan for ["
                    + parameterContext.getDeclaringExecutable() + "]: its class has no "
                    + "@GradientCheck; annotate the class, as in @GradientCheck(Dense.class), and "
                    + "implement GradientCheckSuite.");
        }
        return new GradientCheckPlan(definition, new GradCheckCases(store, definition));
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation,
            DynamicTestInvocationContext invocationContext, ExtensionContext extensionContext)
            throws Throwable {

        if (!(invocationContext.getExecutable() instanceof GradCheckTensorTest test)) {
            invocation.proceed();
            return;
        }
        try {
            invocation.proceed();
        } finally {
            test.reportEntry().ifPresent(extensionContext::publishReportEntry);
        }
    }
}
