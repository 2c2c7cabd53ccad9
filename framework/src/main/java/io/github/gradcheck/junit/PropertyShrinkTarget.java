package io.github.gradcheck.junit;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.generate.Rounding;
import io.github.gradcheck.generate.Shrinker;
import io.github.gradcheck.junit.PropertyPlan.Source;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * Runs a shrinking candidate of a failed try: regenerates the arguments with the candidate's
 * sizes and values and calls the test method again on the same test instance.
 *
 * <p>A candidate fails in the same way when the method throws the same exception class as the
 * original failure. Any other exception, for example an index error at sizes the test never
 * expected, would make the shrinker slide to a different fault, so it counts as passing.
 */
final class PropertyShrinkTarget implements Shrinker.Target<PropertyShrinkTarget.Failure> {

    /**
     * A failing candidate.
     *
     * @param generated its arguments and sizes
     * @param exception what the test method threw
     */
    record Failure(PropertyCase generated, Throwable exception) {
    }

    private final PropertyCases cases;
    private final PropertyCase original;
    private final Method method;
    private final Object testInstance;
    private final List<Object> resolved;
    private final Class<? extends Throwable> kind;

    PropertyShrinkTarget(PropertyCases cases, PropertyCase original, ReflectiveInvocationContext<Method> call,
            Class<? extends Throwable> kind) {

        this.cases = cases;
        this.original = original;
        this.method = call.getExecutable();
        this.testInstance = call.getTarget().orElse(null);
        this.resolved = call.getArguments();
        this.kind = kind;
    }

    @Override
    public Optional<Failure> attempt(Dimensions dimensions, Rounding rounding) {
        return cases.regenerate(original, dimensions, rounding).flatMap(this::run);
    }

    private Optional<Failure> run(PropertyCase candidate) {
        Object[] arguments = candidate.arguments().clone();
        List<PropertyPlan.Slot> slots = cases.plan().slots();
        for (PropertyPlan.Slot slot : slots) {
            if (slot.source() == Source.OTHER) {
                arguments[slot.index()] = resolved.get(slot.index());
            }
        }
        Throwable thrown = invoke(arguments);
        return thrown != null && thrown.getClass() == kind ? Optional.of(new Failure(candidate, thrown))
                : Optional.empty();
    }

    private Throwable invoke(Object[] arguments) {
        try {
            method.trySetAccessible();
            method.invoke(testInstance, arguments);
            return null;
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (thrown instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return thrown instanceof TestAbortedException ? null : thrown;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot call " + PropertyPlan.describe(method) + " to shrink a failed "
                    + "try: " + e.getMessage() + "; make the method accessible to the test engine.", e);
        }
    }
}
