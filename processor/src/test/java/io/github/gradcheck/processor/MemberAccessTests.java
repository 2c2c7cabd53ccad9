package io.github.gradcheck.processor;

import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import io.github.gradcheck.processor.diagnostic.MemberDiagnostics;
import io.github.gradcheck.processor.diagnostic.Role;
import org.junit.jupiter.api.Test;

class MemberAccessTests {

    @Test
    void rejectsPrivateParameterField() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param private double[] b;
                    double[] db;

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

        var expected = MemberDiagnostics.privateMember("p.Bias", Role.PARAMETER, "b");
        assertOnlyError(compilation, expected, source, "@Param private");
    }

    @Test
    void rejectsPrivateForwardMethod() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    private double[] forward(@Shape("n") double[] x) {
                        return x;
                    }

                    @Backward
                    double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = MemberDiagnostics.privateMember("p.Relu", Role.FORWARD, "forward");
        assertOnlyError(compilation, expected, source, "@Forward");
    }

    @Test
    void rejectsPrivateGradientField() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param double[] b;
                    private double[] db;

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

        var expected = MemberDiagnostics.privateMember("p.Bias", Role.GRADIENT, "db");
        assertOnlyError(compilation, expected, source, "private double[] db");
    }

    @Test
    void rejectsPackagePrivateFieldInheritedFromOtherPackage() {
        var base = TestSource.of("q.Affine", """
                package q;

                import io.github.gradcheck.api.Param;

                public abstract class Affine {
                    @Param protected double[] b;
                    public double[] db;
                }
                """);
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias extends q.Affine {
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

        var compilation = compile(base, source);

        var expected = MemberDiagnostics.inaccessibleMember(
                "p.Bias", Role.PARAMETER, "q.Affine.b", "p");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsHiddenParameterField() {
        var base = TestSource.layer("Affine", """
                abstract class Affine {
                    @Param double[] b;
                    double[] db;
                }
                """);
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias extends Affine {
                    double[] b;

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

        var compilation = compile(base, source);

        var expected = MemberDiagnostics.hiddenField("p.Bias", Role.PARAMETER, "p.Affine.b", "b");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsStaticParameterField() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param static double[] b;
                    double[] db;

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

        var expected = MemberDiagnostics.staticMember("p.Bias", Role.PARAMETER, "b");
        assertOnlyError(compilation, expected, source, "@Param static");
    }

    @Test
    void rejectsStaticGradientField() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param double[] b;
                    static double[] db;

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

        var expected = MemberDiagnostics.staticMember("p.Bias", Role.GRADIENT, "db");
        assertOnlyError(compilation, expected, source, "static double[] db");
    }

    @Test
    void rejectsStaticBackwardMethod() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[] forward(@Shape("n") double[] x) {
                        return x;
                    }

                    @Backward
                    static double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = MemberDiagnostics.staticMember("p.Relu", Role.BACKWARD, "backward");
        assertOnlyError(compilation, expected, source, "@Backward");
    }
}
