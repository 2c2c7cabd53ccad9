package io.github.gradcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.gradcheck.processor.diagnostic.DiagnosticMessage;
import java.util.Arrays;

/**
 * Compiles in-memory sources with the processor and checks the diagnostics.
 */
final class CompilationSupport {

    private CompilationSupport() {
    }

    static Compilation compile(TestSource... sources) {
        return Compiler.javac()
                .withProcessors(new GradCheckProcessor())
                .compile(Arrays.stream(sources).map(TestSource::file).toList());
    }

    /**
     * Check that the compilation failed with exactly one error, the expected message, on the
     * line of the fragment.
     */
    static void assertOnlyError(Compilation compilation, DiagnosticMessage message,
            TestSource source, String fragment) {

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(message.text())
                .inFile(source.file())
                .onLine(source.line(fragment));
    }

    /** Check that the compilation reported the expected message on the line of the fragment. */
    static void assertError(Compilation compilation, DiagnosticMessage message, TestSource source,
            String fragment) {

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(message.text())
                .inFile(source.file())
                .onLine(source.line(fragment));
    }
}
