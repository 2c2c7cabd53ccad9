package io.github.gradcheck.processor;

import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import io.github.gradcheck.processor.diagnostic.PassDiagnostics;
import org.junit.jupiter.api.Test;

class PassValidatorTests {

    @Test
    void rejectsClassWithoutForward() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Backward
                    double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.noForward("p.Relu");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsClassWithoutBackward() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[] forward(@Shape("n") double[] x) {
                        return x;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.noBackward("p.Relu");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsSecondForward() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[] forward(@Shape("n") double[] x) {
                        return x;
                    }

                    @Forward double[] apply(@Shape("n") double[] x) {
                        return x;
                    }

                    @Backward
                    double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.duplicateForward("p.Relu", "apply", "forward");
        assertOnlyError(compilation, expected, source, "@Forward double[] apply");
    }

    @Test
    void rejectsSecondBackward() {
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

                    @Backward double[] gradient(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.duplicateBackward("p.Relu", "gradient", "backward");
        assertOnlyError(compilation, expected, source, "@Backward double[] gradient");
    }

    @Test
    void rejectsIntegerForwardOutput() {
        var source = TestSource.layer("ArgMax", """
                @Differentiable
                class ArgMax {
                    @Forward
                    int[] forward(@Shape({"batch", "classes"}) double[][] scores) {
                        return new int[scores.length];
                    }

                    @Backward
                    double[][] backward(int[] upstream) {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.forwardOutput("p.ArgMax", "forward", "int[]");
        assertOnlyError(compilation, expected, source, "int[] forward");
    }

    @Test
    void rejectsUpstreamOfOtherType() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[][] forward(@Shape({"batch", "n"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(float[][] upstream) {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.backwardUpstream(
                "p.Relu", "backward", "(float[][])", "double[][]");
        assertOnlyError(compilation, expected, source, "float[][] upstream");
    }

    @Test
    void rejectsBackwardWithoutUpstream() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[] forward(@Shape("n") double[] x) {
                        return x;
                    }

                    @Backward
                    double[] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.backwardUpstream("p.Relu", "backward", "()", "double[]");
        assertOnlyError(compilation, expected, source, "@Backward");
    }

    @Test
    void rejectsLossBackwardWithUpstream() {
        var source = TestSource.layer("SquaredError", """
                @Differentiable
                class SquaredError {
                    @Forward
                    double forward(@Shape("n") double[] prediction) {
                        return 0;
                    }

                    @Backward
                    double[] backward(double upstream) {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.lossUpstream("p.SquaredError", "backward", "(double)");
        assertOnlyError(compilation, expected, source, "@Backward");
    }

    @Test
    void rejectsBackwardReturningOtherType() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[][] forward(@Shape({"batch", "n"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[] backward(double[][] upstream) {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.backwardReturn(
                "p.Relu", "backward", "double[]", "x", "double[][]");
        assertOnlyError(compilation, expected, source, "@Backward");
    }

    @Test
    void rejectsVoidBackwardWithDifferentiableInput() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[] forward(@Shape("n") double[] x) {
                        return x;
                    }

                    @Backward
                    void backward(double[] upstream) {
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.backwardReturn(
                "p.Relu", "backward", "void", "x", "double[]");
        assertOnlyError(compilation, expected, source, "@Backward");
    }

    @Test
    void rejectsBackwardReturningWithoutDifferentiableInput() {
        var source = TestSource.layer("Scale", """
                @Differentiable
                class Scale {
                    @Param double[] gain;
                    double[] dgain;

                    @Forward
                    double[] forward(@NonDifferentiable @Shape("n") double[] x) {
                        return x;
                    }

                    @Backward
                    double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = PassDiagnostics.backwardReturnWithoutInput(
                "p.Scale", "backward", "double[]");
        assertOnlyError(compilation, expected, source, "@Backward");
    }
}
