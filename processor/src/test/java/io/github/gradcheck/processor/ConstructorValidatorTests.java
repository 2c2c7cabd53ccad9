package io.github.gradcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import io.github.gradcheck.processor.diagnostic.ClassDiagnostics;
import io.github.gradcheck.processor.diagnostic.MemberDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import org.junit.jupiter.api.Test;

class ConstructorValidatorTests {

    @Test
    void rejectsClassWithoutCallableConstructor() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    Relu(String name) {
                    }

                    Relu(double slope) {
                    }

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

        var expected = ClassDiagnostics.noConstructor("p.Relu");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsUnboundIntArgument() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    Dense(@Dim("in") int in,
                            int units) {
                    }

                    @Forward
                    double[][] forward(@Shape({"batch", "in"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = ClassDiagnostics.unboundArgument("p.Dense", "units");
        assertOnlyError(compilation, expected, source, "int units");
    }

    @Test
    void rejectsPrivateOnlyConstructor() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    private Dense(@Dim("in") int in) {
                    }

                    @Forward
                    double[][] forward(@Shape({"batch", "in"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = MemberDiagnostics.privateMember("p.Dense", Role.CONSTRUCTOR, "Dense(int)");
        assertOnlyError(compilation, expected, source, "private Dense");
    }

    @Test
    void choosesConstructorWithMostDimensions() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    Dense() {
                    }

                    Dense(@Dim("in") int in, @Dim("out") int out) {
                    }

                    Dense(@Dim("in") int in, @Dim("out") int out, double scale) {
                    }

                    private Dense(@Dim("in") int in, @Dim("out") int out, @Dim("extra") int extra) {
                    }

                    @Forward
                    double[][] forward(@Shape({"batch", "in"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Dense_GradcheckAdapter")
                .contentsAsUtf8String()
                .contains("return new Dense(dimensions.get(\"in\"), dimensions.get(\"out\"));");
    }

    @Test
    void acceptsImplicitConstructor() {
        var source = TestSource.layer("Relu", """
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

        var compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.Relu_GradcheckAdapter")
                .contentsAsUtf8String()
                .contains("return new Relu();");
    }
}
