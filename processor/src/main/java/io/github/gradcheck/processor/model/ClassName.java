package io.github.gradcheck.processor.model;

import java.util.List;
import java.util.Objects;

/**
 * Name of a top-level or nested class: its package and its simple names, outermost first.
 *
 * @param packageName the package, or the empty string for the unnamed package, never null
 * @param simpleNames the simple names from the top-level class inwards, at least one, never null
 * @since 0.1
 */
public record ClassName(String packageName, List<String> simpleNames) {

    /** Suffix of a generated adapter's simple name, the same as in the framework's adapter SPI. */
    public static final String ADAPTER_SUFFIX = "_GradcheckAdapter";

    /**
     * Validate and copy the components.
     *
     * @param packageName the package, or the empty string for the unnamed package, never null
     * @param simpleNames the simple names from the top-level class inwards, at least one, never
     *     null
     * @since 0.1
     */
    public ClassName {
        Objects.requireNonNull(packageName, "packageName");
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException(
                    "Cannot name a class without a simple name; pass at least one.");
        }
    }

    /**
     * Render the name as code in the same package writes it, such as {@code Outer.Inner}.
     *
     * @return the simple names joined by dots, never null
     * @since 0.1
     */
    public String relativeName() {
        return String.join(".", simpleNames);
    }

    /**
     * Render the canonical name, such as {@code p.Outer.Inner}.
     *
     * @return the name Java source uses from any package, never null
     * @since 0.1
     */
    public String canonicalName() {
        return qualified(relativeName());
    }

    /**
     * Render the binary name, such as {@code p.Outer$Inner}.
     *
     * @return the name {@link Class#forName(String)} accepts, never null
     * @since 0.1
     */
    public String binaryName() {
        return qualified(String.join("$", simpleNames));
    }

    /**
     * Name the generated adapter of this class, a top-level class in the same package. Its
     * simple name joins the simple names with {@code _} and appends {@value #ADAPTER_SUFFIX}.
     *
     * @return the adapter's name, never null
     * @since 0.1
     */
    public ClassName adapterName() {
        return new ClassName(packageName, List.of(String.join("_", simpleNames) + ADAPTER_SUFFIX));
    }

    private String qualified(String name) {
        return packageName.isEmpty() ? name : packageName + "." + name;
    }

    @Override
    public String toString() {
        return canonicalName();
    }
}
