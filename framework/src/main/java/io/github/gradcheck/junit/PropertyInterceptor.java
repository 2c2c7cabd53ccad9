package io.github.gradcheck.junit;

import io.github.gradcheck.generate.Rounding;
import io.github.gradcheck.generate.ShrinkResult;
import io.github.gradcheck.generate.Shrinker;
import io.github.gradcheck.junit.PropertyStatistics.Outcome;
import java.lang.reflect.Method;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs one try, records its outcome and, when it fails, shrinks the case and replaces the
 * failure with the {@link PropertyFailure} message.
 */
final class PropertyInterceptor implements InvocationInterceptor {

    private final PropertyRun run;
    private final PropertyCase generated;
    private final RuntimeException failure;

    PropertyInterceptor(PropertyRun run, PropertyCase generated, RuntimeException failure) {
        this.run = run;
        this.generated = generated;
        this.failure = failure;
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {

        if (failure != null || run.stopped()) {
            invocation.skip();
            run.stop();
            run.publishIfDone(generated, context);
            throw failure != null ? failure
                    : new TestAbortedException("Aborted because another try of this property failed first.");
        }
        try {
            invocation.proceed();
            run.record(generated, Outcome.PASSED);
        } catch (TestAbortedException aborted) {
            run.record(generated, Outcome.ABORTED);
            throw aborted;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable thrown) {
            run.record(generated, Outcome.FAILED);
            if (!run.stop()) {
                throw new TestAbortedException("Aborted because another try of this property failed first; this "
                        + "try failed too, with " + thrown, thrown);
            }
            throw shrink(call, context, thrown);
        } finally {
            run.publishIfDone(generated, context);
        }
    }

    private AssertionFailedError shrink(ReflectiveInvocationContext<Method> call, ExtensionContext context,
            Throwable thrown) {

        ShrinkResult<PropertyShrinkTarget.Failure> result = shrinkResult(call, thrown);
        PropertyCase minimal = run.cases().regenerate(generated, result.minimal(), result.rounding())
                .orElse(result.minimalFailure().generated());
        String message = PropertyFailure.of(run, result, minimal, context).create();
        Throwable minimalThrown = result.minimalFailure().exception();
        AssertionFailedError error = failure(message, minimalThrown, thrown);
        if (minimalThrown != thrown) {
            error.addSuppressed(minimalThrown);
        }
        return error;
    }

    private ShrinkResult<PropertyShrinkTarget.Failure> shrinkResult(ReflectiveInvocationContext<Method> call,
            Throwable thrown) {

        var original = new PropertyShrinkTarget.Failure(generated, thrown);
        if (run.maxShrinkAttempts() == 0) {
            return new ShrinkResult<>(run.seed().value(), generated.dimensions(), generated.dimensions(),
                    Rounding.NONE, original, original, 0, 0);
        }
        var target = new PropertyShrinkTarget(run.cases(), generated, call, thrown.getClass());
        return Shrinker.of(run.plan().bounds()).withMaxAttempts(run.maxShrinkAttempts())
                .shrink(run.seed().value(), generated.dimensions(), original, target);
    }

    /** Keep the minimal failure's expected and actual values, so an IDE shows the smallest diff. */
    private static AssertionFailedError failure(String message, Throwable minimal, Throwable original) {
        if (minimal instanceof AssertionFailedError diffable && diffable.isExpectedDefined()) {
            return new AssertionFailedError(message, diffable.getExpected().getValue(),
                    diffable.getActual().getValue(), original);
        }
        return new AssertionFailedError(message, original);
    }
}
