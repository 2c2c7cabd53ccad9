package io.github.gradcheck.junit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.reflect.Method;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Provide one invocation per try of a {@link GradientProperty} method.
 *
 * <p>Each invocation carries its own generated arguments, a parameter resolver that hands them
 * out and an interceptor that shrinks a failure. The invocations are created one at a time while
 * Jupiter runs them, so when a try fails no further try starts. Under parallel execution several
 * tries can run at once: the first to fail is shrunk and reported, and a try that fails or starts
 * after it ends as aborted. Which try fails first can then differ between runs of the same seed.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradientPropertyExtension implements TestTemplateInvocationContextProvider {

    /** Configuration parameter that overrides the seed of every property, a decimal {@code long}. */
    public static final String SEED_KEY = GradCheckConfiguration.SEED_KEY;

    /**
     * Create the extension; Jupiter calls this through {@link GradientProperty}.
     *
     * @since 0.1
     */
    public GradientPropertyExtension() {
        // Stateless: the state of a run lives in the invocations it provides.
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(method -> AnnotationSupport.isAnnotated(method, GradientProperty.class))
                .orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        GradientProperty property = AnnotationSupport.findAnnotation(method, GradientProperty.class).orElseThrow();
        PropertyRun run = PropertyRun.start(context, method, property);
        return IntStream.range(0, run.tries()).takeWhile(index -> !run.stopped())
                .mapToObj(index -> new PropertyInvocationContext(run, index));
    }
}
