package io.github.gradcheck.processor;

import static io.github.gradcheck.processor.CompilationSupport.assertError;
import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import com.google.testing.compile.CompilationSubject;
import io.github.gradcheck.processor.diagnostic.LayerDiagnostics;
import io.github.gradcheck.processor.diagnostic.MemberDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import org.junit.jupiter.api.Test;

class SubLayerValidatorTests {

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

    @Test
    void rejectsLayerOfPlainClass() {
        var source = TestSource.layer("Model", """
                @Differentiable
                class Model {
                    @Layer StringBuilder log;

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

        var compilation = compile(source);

        var expected = LayerDiagnostics.layerType("p.Model", "log", "java.lang.StringBuilder");
        assertOnlyError(compilation, expected, source, "@Layer StringBuilder");
    }

    @Test
    void rejectsStaticLayerField() {
        var source = TestSource.layer("Model", """
                @Differentiable
                class Model {
                    @Layer static Relu activation;

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

        var compilation = compile(RELU, source);

        var expected = MemberDiagnostics.staticMember("p.Model", Role.LAYER, "activation");
        assertOnlyError(compilation, expected, source, "@Layer static");
    }

    @Test
    void rejectsLayerOfItsOwnClass() {
        var source = TestSource.layer("Model", """
                @Differentiable
                class Model {
                    @Layer Model inner;

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

        var compilation = compile(source);

        var expected = LayerDiagnostics.layerCycle("p.Model", "inner", "p.Model.inner");
        assertOnlyError(compilation, expected, source, "@Layer Model");
    }

    @Test
    void rejectsLayersThatContainEachOther() {
        var encoder = TestSource.layer("Encoder", """
                @Differentiable
                class Encoder {
                    @Layer Decoder decoder;

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
        var decoder = TestSource.layer("Decoder", """
                @Differentiable
                class Decoder {
                    @Layer Encoder encoder;

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

        var compilation = compile(encoder, decoder);

        CompilationSubject.assertThat(compilation).hadErrorCount(2);
        assertError(compilation, LayerDiagnostics.layerCycle("p.Encoder", "decoder",
                "p.Encoder.decoder -> p.Decoder.encoder"), encoder, "@Layer Decoder");
        assertError(compilation, LayerDiagnostics.layerCycle("p.Decoder", "encoder",
                "p.Decoder.encoder -> p.Encoder.decoder"), decoder, "@Layer Encoder");
    }
}
