package io.github.gradcheck.processor;

import static io.github.gradcheck.processor.CompilationSupport.assertOnlyError;
import static io.github.gradcheck.processor.CompilationSupport.compile;

import io.github.gradcheck.processor.diagnostic.ClassDiagnostics;
import org.junit.jupiter.api.Test;

class ClassValidatorTests {

    @Test
    void rejectsInterface() {
        var source = TestSource.layer("Activation", """
                @Differentiable
                interface Activation {
                    @Forward
                    double[] forward(@Shape("n") double[] x);

                    @Backward
                    double[] backward(double[] upstream);
                }
                """);

        var compilation = compile(source);

        var expected = ClassDiagnostics.notAClass("p.Activation", "interface");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsPrivateNestedClass() {
        var source = TestSource.layer("Outer", """
                class Outer {
                    @Differentiable
                    private static class Relu {
                        @Forward
                        double[] forward(@Shape("n") double[] x) {
                            return x;
                        }

                        @Backward
                        double[] backward(double[] upstream) {
                            return upstream;
                        }
                    }
                }
                """);

        var compilation = compile(source);

        var expected = ClassDiagnostics.privateClass("p.Outer.Relu", "p.Outer.Relu");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsClassInsidePrivateClass() {
        var source = TestSource.layer("Outer", """
                class Outer {
                    private static class Hidden {
                        @Differentiable
                        static class Relu {
                            @Forward
                            double[] forward(@Shape("n") double[] x) {
                                return x;
                            }

                            @Backward
                            double[] backward(double[] upstream) {
                                return upstream;
                            }
                        }
                    }
                }
                """);

        var compilation = compile(source);

        var expected = ClassDiagnostics.privateClass("p.Outer.Hidden.Relu", "p.Outer.Hidden");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsInnerClass() {
        var source = TestSource.layer("Outer", """
                class Outer {
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
                }
                """);

        var compilation = compile(source);

        assertOnlyError(compilation, ClassDiagnostics.innerClass("p.Outer.Relu", "p.Outer"), source,
                "@Differentiable");
    }

    @Test
    void rejectsAbstractClass() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                abstract class Relu {
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

        var expected = ClassDiagnostics.abstractClass("p.Relu");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }

    @Test
    void rejectsGenericClass() {
        var source = TestSource.layer("Relu", """
                @Differentiable
                class Relu<T extends Number> {
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

        var expected = ClassDiagnostics.genericClass("p.Relu", "T");
        assertOnlyError(compilation, expected, source, "@Differentiable");
    }
}
