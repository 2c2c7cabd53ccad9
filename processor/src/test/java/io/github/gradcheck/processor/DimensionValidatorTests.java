package io.github.gradcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import io.github.gradcheck.processor.diagnostic.DimensionDiagnostics;
import org.junit.jupiter.api.Test;

class DimensionValidatorTests {

    @Test
    void rejectsDimensionOnLongArgument() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    Dense(@Dim("in") long in) {
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

        var expected = DimensionDiagnostics.dimensionNotInt("p.Dense", "in", "long");
        assertOnlyError(compilation, expected, source, "@Dim(\"in\") long");
    }

    @Test
    void rejectsDimensionOnMethodParameter() {
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

                    void resize(@Dim("n") int n) {
                    }
                }
                """);

        var compilation = compile(source);

        var expected = DimensionDiagnostics.dimensionOutsideConstructor("p.Relu", "resize", "n");
        assertOnlyError(compilation, expected, source, "@Dim(\"n\") int n");
    }

    @Test
    void rejectsRepeatedDimensionOnArgument() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    Dense(@Dim("in") @Dim("features") int in) {
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

        var expected = DimensionDiagnostics.repeatedDimension("p.Dense", "in");
        assertOnlyError(compilation, expected, source, "@Dim(\"features\")");
    }

    @Test
    void rejectsDimensionBoundTwice() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    Dense(@Dim("in") int in,
                            @Dim("in") int out) {
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

        var expected = DimensionDiagnostics.duplicateBinding("p.Dense", "in", "out");
        assertOnlyError(compilation, expected, source, "int out");
    }

    /** The compiler reports at the class, as it cannot locate one of several repeated @Dim. */
    @Test
    void rejectsClassBoundsGivenTwice() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                @Dim(value = "batch", max = 4)
                @Dim(value = "batch", max = 8)
                class Relu {
                    @Forward
                    double[][] forward(@Shape({"batch", "n"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = DimensionDiagnostics.duplicateBounds("p.Relu", "batch");
        assertOnlyError(compilation, expected, source, "class Relu");
    }

    @Test
    void rejectsClassBoundsOnBoundDimension() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                @Dim(value = "in", max = 4)
                class Dense {
                    Dense(@Dim("in") int in) {
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

        var expected = DimensionDiagnostics.boundsOnBoundDimension("p.Dense", "in");
        assertOnlyError(compilation, expected, source, "@Dim(value = \"in\"");
    }

    @Test
    void rejectsBoundsWithoutValues() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    Dense(@Dim(value = "in", min = 5, max = 3) int in) {
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

        var expected = DimensionDiagnostics.bounds("p.Dense", "in", 5, 3);
        assertOnlyError(compilation, expected, source, "min = 5");
    }

    @Test
    void rejectsMinimumBelowOne() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                @Dim(value = "batch", min = 0)
                class Relu {
                    @Forward
                    double[][] forward(@Shape({"batch", "n"}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = DimensionDiagnostics.bounds("p.Relu", "batch", 0, 0);
        assertOnlyError(compilation, expected, source, "min = 0");
    }

    @Test
    void rejectsBlankShapeName() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu {
                    @Forward
                    double[][] forward(
                            @Shape({"batch", " "}) double[][] x) {
                        return x;
                    }

                    @Backward
                    double[][] backward(double[][] upstream) {
                        return upstream;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = DimensionDiagnostics.blankName("p.Relu", "@Shape of forward input [x]");
        assertOnlyError(compilation, expected, source, "@Shape({\"batch\", \" \"})");
    }

    @Test
    void rejectsBlankDimensionName() {
        var source = TestSource.layer("Dense", """
                @Differentiable
                class Dense {
                    Dense(@Dim("") int in) {
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

        var expected = DimensionDiagnostics.blankName(
                "p.Dense", "@Dim of constructor argument [in]");
        assertOnlyError(compilation, expected, source, "@Dim(\"\")");
    }

    @Test
    void rejectsLabelsOfUnsizedDimension() {
        var source = TestSource.layer("Loss", """
                @Differentiable
                class Loss {
                    @Forward
                    double forward(@Shape({"batch", "classes"}) double[][] scores,
                            @Labels("categories") @Shape("batch") int[] labels) {
                        return 0;
                    }

                    @Backward
                    double[][] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        var expected = DimensionDiagnostics.labelsDimension("p.Loss", "labels", "categories");
        assertOnlyError(compilation, expected, source, "@Labels(\"categories\")");
    }

    @Test
    void acceptsLabelsSizedByClassBounds() {
        var source = TestSource.layer("Loss", """
                @Differentiable
                @Dim(value = "classes", min = 2, max = 5)
                @Dim(value = "batch", max = 3)
                class Loss {
                    @Forward
                    double forward(@Shape({"batch", "scores"}) double[][] scores,
                            @Labels("classes") @Shape("batch") int[] labels) {
                        return 0;
                    }

                    @Backward
                    double[][] backward() {
                        return null;
                    }
                }
                """);

        var compilation = compile(source);

        assertThat(compilation).succeededWithoutWarnings();
    }
}
