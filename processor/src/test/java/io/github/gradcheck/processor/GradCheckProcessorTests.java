package io.github.gradcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.processor.diagnostic.ProcessorDiagnostics;
import io.github.gradcheck.processor.model.ClassName;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.annotation.processing.FilerException;
import javax.lang.model.SourceVersion;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

class GradCheckProcessorTests {

    private static final TestSource RELU = TestSource.layer("Relu", """
            @Differentiable
            class Relu {
                @Forward
                double[] forward(@Shape("n") double[] x) {
                    return x;
                }

                @Backward
                double[] backward(double[] upstream) {
                    return upstream;
                }
            }
            """);

    private static final TestSource SIGMOID = TestSource.layer("Sigmoid", """
            @Differentiable
            class Sigmoid {
                @Forward
                double[] forward(@Shape("n") double[] x) {
                    return x;
                }

                @Backward
                double[] backward(double[] upstream) {
                    return upstream;
                }
            }
            """);

    @Test
    void reportsFailureOfProcessorAsError() {
        var failure = new IllegalStateException("injected failure");
        var processor = new GradCheckProcessor(type -> {
            if (type.getSimpleName().contentEquals("Relu")) {
                throw failure;
            }
        });

        var compilation = Compiler.javac()
                .withProcessors(processor)
                .withOptions("-A" + GradCheckProcessor.DEBUG_OPTION + "=true")
                .compile(RELU.file(), SIGMOID.file());

        assertThat(compilation).hadErrorCount(1);
        var expected = ProcessorDiagnostics.unexpectedFailure("p.Relu", failure);
        assertThat(compilation).hadErrorContaining(expected.summary())
                .inFile(RELU.file())
                .onLine(RELU.line("class Relu"));
        assertThat(compilation).hadErrorContaining("at " + GradCheckProcessorTests.class.getName());
        var written =
                ProcessorDiagnostics.adapterWritten("p.Sigmoid", "p.Sigmoid_GradcheckAdapter");
        assertThat(compilation).hadNoteContaining(written.text());
    }

    @Test
    void reportsErrorOfProcessorAsError() {
        var failure = new AssertionError("injected error");
        var processor = new GradCheckProcessor(type -> {
            throw failure;
        });

        var compilation = Compiler.javac().withProcessors(processor).compile(RELU.file());

        var expected = ProcessorDiagnostics.unexpectedFailure("p.Relu", failure);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(expected.summary())
                .inFile(RELU.file())
                .onLine(RELU.line("class Relu"));
    }

    @Test
    void reportsAdapterThatCannotBeWritten() {
        var clash = TestSource.of("p.Relu_GradcheckAdapter", """
                package p;

                class Relu_GradcheckAdapter {
                }
                """);

        var compilation = compile(RELU, clash);

        // The text of the exception that javac's Filer throws, as of JDK 17.
        var failure = new FilerException(
                "Attempt to recreate a file for type p.Relu_GradcheckAdapter");
        var expected = ProcessorDiagnostics.writeFailed("p.Relu_GradcheckAdapter", failure);
        assertOnlyError(compilation, expected, RELU, "class Relu");
    }

    @Test
    void writesIndexOfAllAdapters() throws IOException {
        var compilation = compile(RELU, SIGMOID);

        assertThat(compilation).succeededWithoutWarnings();
        JavaFileObject index = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, LayerIndex.RESOURCE)
                .orElseThrow();
        assertThat(index.getCharContent(true).toString()).isEqualTo(
                "p.Relu=p.Relu_GradcheckAdapter\np.Sigmoid=p.Sigmoid_GradcheckAdapter\n");
    }

    @Test
    void printsNoNotesByDefault() {
        var compilation = compile(RELU);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteCount(0);
    }

    @Test
    void printsNotesInDebugMode() {
        var compilation = Compiler.javac()
                .withProcessors(new GradCheckProcessor())
                .withOptions("-A" + GradCheckProcessor.DEBUG_OPTION + "=true")
                .compile(RELU.file());

        assertThat(compilation).succeeded();
        var written = ProcessorDiagnostics.adapterWritten("p.Relu", "p.Relu_GradcheckAdapter");
        var indexed = ProcessorDiagnostics.indexWritten(LayerIndex.RESOURCE, 1);
        assertThat(compilation).hadNoteContaining(written.text())
                .inFile(RELU.file())
                .onLine(RELU.line("class Relu"));
        assertThat(compilation).hadNoteContaining(indexed.text());
    }

    @Test
    void defersLayerUntilGeneratedTypeExists() {
        var model = TestSource.layer("Model", """
                @Differentiable
                class Model {
                    @Layer Hidden hidden = new Hidden();

                    @Forward
                    double[] forward(@Shape("n") double[] x) {
                        return hidden.forward(x);
                    }

                    @Backward
                    double[] backward(double[] upstream) {
                        return hidden.backward(upstream);
                    }
                }
                """);

        Compilation compilation = Compiler.javac()
                .withProcessors(new GradCheckProcessor(), new HiddenLayerProcessor())
                .withOptions("-A" + GradCheckProcessor.DEBUG_OPTION + "=true")
                .compile(model.file());

        assertThat(compilation).succeeded();
        assertThat(compilation).hadNoteContaining(ProcessorDiagnostics.deferred("p.Model").text());
        assertThat(compilation).generatedSourceFile("p.Model_GradcheckAdapter");
        assertThat(compilation).generatedSourceFile("p.Hidden_GradcheckAdapter");
    }

    @Test
    void leavesUnresolvedTypesToCompiler() {
        var model = TestSource.layer("Model", """
                @Differentiable
                class Model {
                    @Layer Missing hidden;

                    @Forward
                    double[] forward(@Shape("n") double[] x) {
                        return x;
                    }

                    @Backward
                    double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(model);

        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(model.file())
                .onLine(model.line("@Layer Missing"));
    }

    @Test
    void supportsLatestSourceVersion() {
        var processor = new GradCheckProcessor();

        assertThat(processor.getSupportedSourceVersion())
                .isEqualTo(SourceVersion.latestSupported());
    }

    @Test
    void sharesNamesWithFrameworkSpi() {
        assertThat(ClassName.ADAPTER_SUFFIX).isEqualTo(LayerAdapter.SUFFIX);
        assertThat(LayerIndex.RESOURCE).isEqualTo(LayerAdapter.INDEX_RESOURCE);
    }

    @Test
    void registersAsService() throws IOException {
        String services = resource("META-INF/services/javax.annotation.processing.Processor");

        assertThat(services.strip()).isEqualTo(GradCheckProcessor.class.getName());
    }

    @Test
    void declaresAggregatingIncrementalProcessing() throws IOException {
        String declaration = resource("META-INF/gradle/incremental.annotation.processors");

        assertThat(declaration.strip())
                .isEqualTo(GradCheckProcessor.class.getName() + ",aggregating");
    }

    private static String resource(String path) throws IOException {
        ClassLoader loader = GradCheckProcessor.class.getClassLoader();
        try (InputStream input = loader.getResourceAsStream(path)) {
            assertThat(input).as(path).isNotNull();
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
