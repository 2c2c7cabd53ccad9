package io.github.gradcheck.processor;

import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.stream.IntStream;
import javax.tools.JavaFileObject;

/**
 * An in-memory source file for compile tests, which can name the line of a fragment.
 */
record TestSource(JavaFileObject file, String text) {

    private static final List<String> ANNOTATIONS = List.of("Backward", "Differentiable", "Dim",
            "Dims", "Forward", "Labels", "Layer", "NonDifferentiable", "Param", "Shape");

    /**
     * Create a source in package {@code p} that imports every framework annotation.
     *
     * @param simpleName the top-level class's simple name
     * @param body       the source after the imports
     */
    static TestSource layer(String simpleName, String body) {
        var text = new StringBuilder("package p;\n\n");
        for (String annotation : ANNOTATIONS) {
            text.append("import io.github.gradcheck.api.").append(annotation).append(";\n");
        }
        text.append('\n').append(body);
        return of("p." + simpleName, text.toString());
    }

    static TestSource of(String qualifiedName, String text) {
        return new TestSource(JavaFileObjects.forSourceString(qualifiedName, text), text);
    }

    /**
     * Return the 1-based number of the only line that contains a fragment.
     *
     * @throws IllegalArgumentException when no line or several lines contain it
     */
    int line(String fragment) {
        List<String> lines = text.lines().toList();
        int[] matches = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).contains(fragment))
                .toArray();
        if (matches.length != 1) {
            throw new IllegalArgumentException("Cannot locate [" + fragment + "]: "
                    + matches.length + " lines contain it, expected 1.");
        }
        return matches[0] + 1;
    }
}
