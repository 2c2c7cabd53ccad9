package io.github.gradcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import io.github.gradcheck.processor.diagnostic.ParameterDiagnostics;
import org.junit.jupiter.api.Test;

class ParameterValidatorTests {

    @Test
    void rejectsIntegerParameterArray() {
        var source = TestSource.layer("Embedding", """
                @Differentiable
                class Embedding {
                    @Param int[] ids;
                    int[] dids;

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

        var expected = ParameterDiagnostics.parameterType("p.Embedding", "ids", "int[]");
        assertOnlyError(compilation, expected, source, "@Param int[] ids");
    }

    @Test
    void rejectsParameterOfRankFive() {
        var source = TestSource.layer("Conv", """
                @Differentiable
                class Conv {
                    @Param double[][][][][] kernel;
                    double[][][][][] dkernel;

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

        var expected = ParameterDiagnostics.parameterType("p.Conv", "kernel", "double[][][][][]");
        assertOnlyError(compilation, expected, source, "@Param double[][][][][]");
    }

    @Test
    void rejectsMissingGradientField() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param double[] b;

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

        var expected = ParameterDiagnostics.gradientMissing("p.Bias", "b", "db");
        assertOnlyError(compilation, expected, source, "@Param double[] b;");
    }

    @Test
    void rejectsMissingNamedGradientField() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param(gradient = "biasGradient") double[] b;
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

        var expected = ParameterDiagnostics.gradientMissing("p.Bias", "b", "biasGradient");
        assertOnlyError(compilation, expected, source, "@Param(gradient");
    }

    @Test
    void rejectsGradientOfOtherType() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param double[] b;
                    float[] db;

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

        var expected = ParameterDiagnostics.gradientType(
                "p.Bias", "b", "double[]", "db", "float[]");
        assertOnlyError(compilation, expected, source, "float[] db;");
    }

    @Test
    void rejectsGradientThatIsParameter() {
        var source = TestSource.layer("Affine", """
                @Differentiable
                class Affine {
                    @Param(gradient = "c") double[] b;
                    @Param double[] c;
                    double[] dc;

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

        var expected = ParameterDiagnostics.gradientIsParameter("p.Affine", "b", "c");
        assertOnlyError(compilation, expected, source, "@Param(gradient = \"c\")");
    }

    @Test
    void rejectsFinalGradientField() {
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias {
                    @Param double[] b = new double[3];
                    final double[] db = new double[3];

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

        var expected = ParameterDiagnostics.finalGradient("p.Bias", "db");
        assertOnlyError(compilation, expected, source, "final double[] db");
    }

    @Test
    void rejectsSharedGradientField() {
        var source = TestSource.layer("Affine", """
                @Differentiable
                class Affine {
                    @Param double[] b;
                    @Param(gradient = "db") double[] c;
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

        var expected = ParameterDiagnostics.sharedGradient("p.Affine", "b", "c", "db");
        assertOnlyError(compilation, expected, source, "@Param(gradient = \"db\")");
    }

    @Test
    void acceptsGradientFieldOfSuperclass() {
        var base = TestSource.layer("Base", """
                abstract class Base {
                    double[] db;
                }
                """);
        var source = TestSource.layer("Bias", """
                @Differentiable
                class Bias extends Base {
                    @Param double[] b;

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

        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void acceptsCamelCaseGradientField() {
        var source = TestSource.layer("Norm", """
                @Differentiable
                class Norm {
                    @Param double[] gamma;
                    double[] dGamma;

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
    }
}
