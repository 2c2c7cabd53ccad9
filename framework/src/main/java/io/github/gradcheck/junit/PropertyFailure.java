package io.github.gradcheck.junit;

import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.generate.GeneratedCase;
import io.github.gradcheck.generate.ShrinkResult;
import io.github.gradcheck.junit.PropertyPlan.Slot;
import io.github.gradcheck.junit.PropertyPlan.Source;
import io.github.gradcheck.tensor.Tensor;
import java.lang.reflect.Array;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Failure message of a property whose try failed: the original and the smallest failing case,
 * the seed and how to rerun, the minimal arguments, then the minimal failure's own message.
 */
final class PropertyFailure {

    /** Largest tensor whose values the message lists; larger ones show their shape only. */
    static final int MAX_LISTED_VALUES = 32;

    private final PropertyRun run;
    private final ShrinkResult<PropertyShrinkTarget.Failure> result;
    private final PropertyCase minimal;
    private final String testClass;

    private PropertyFailure(PropertyRun run, ShrinkResult<PropertyShrinkTarget.Failure> result, PropertyCase minimal,
            String testClass) {

        this.run = run;
        this.result = result;
        this.minimal = minimal;
        this.testClass = testClass;
    }

    static PropertyFailure of(PropertyRun run, ShrinkResult<PropertyShrinkTarget.Failure> result,
            PropertyCase minimal, ExtensionContext context) {

        Class<?> type = context.getRequiredTestClass();
        String name = type.getPackageName().isEmpty() ? type.getName()
                : type.getName().substring(type.getPackageName().length() + 1);
        return new PropertyFailure(run, result, minimal, name);
    }

    /** Return the headline alone. */
    String headline() {
        PropertyCase original = result.originalFailure().generated();
        return "Property failed: " + PropertyPlan.describe(run.plan().method()) + " on try " + (original.index() + 1)
                + " of " + run.tries() + "; the smallest failing case is " + result.minimal() + ".";
    }

    /** Return the rerun instruction alone. */
    String rerun() {
        long seed = run.seed().value();
        return "mvn test -Dtest='" + testClass + "#" + run.plan().method().getName() + "' -D"
                + GradientPropertyExtension.SEED_KEY + "=" + seed + ", or @GradientProperty(seed = " + seed + "L)";
    }

    String create() {
        var text = new StringBuilder(headline()).append('\n');
        text.append(result.describe());
        text.append(label("seed")).append(run.seed().value()).append(" (").append(run.seed().source()).append(")\n");
        text.append(label("rerun")).append(rerun()).append('\n');
        text.append("minimal arguments:\n");
        for (Slot slot : run.plan().slots()) {
            if (slot.source() != Source.OTHER) {
                text.append(label(slot.name())).append(format(minimal.arguments()[slot.index()])).append('\n');
            }
        }
        text.append("minimal failure:\n");
        String cause = String.valueOf(result.minimalFailure().exception());
        cause.lines().forEach(line -> text.append("  ").append(line).append('\n'));
        return text.toString();
    }

    static String format(Object value) {
        if (value instanceof GeneratedCase generated) {
            return "inputs " + generated.inputs().stream().map(PropertyFailure::format)
                    .collect(Collectors.joining(", "));
        }
        if (value != null && value.getClass().isAnnotationPresent(Differentiable.class)) {
            return value.getClass().getSimpleName() + " constructed with the minimal dimensions";
        }
        if (value != null && value.getClass().isArray()) {
            return array(value);
        }
        return String.valueOf(value);
    }

    private static String array(Object value) {
        boolean tensor = Tensor.isSupported(value.getClass());
        int size = tensor ? Tensor.of(value).size() : Array.getLength(value);
        if (size <= MAX_LISTED_VALUES) {
            String nested = Arrays.deepToString(new Object[] {value});
            return nested.substring(1, nested.length() - 1);
        }
        String type = tensor ? Tensor.elementTypeOf(value.getClass()).name().toLowerCase(Locale.ROOT) + " tensor"
                : value.getClass().getComponentType().getSimpleName() + " array";
        String shape = tensor ? Tensor.format(Tensor.shapeOf(value)) : "[" + size + "]";
        return type + " of shape " + shape + ", " + size + " values";
    }

    private static String label(String name) {
        return String.format(Locale.ROOT, "  %-10s: ", name);
    }
}
