package io.github.gradcheck.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Test processor that generates the {@code @Differentiable} class {@code p.Hidden} in its first
 * round, the way a user's code generator would, so a layer that uses it resolves only later.
 */
class HiddenLayerProcessor extends AbstractProcessor {

    private boolean generated;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (generated) {
            return false;
        }
        generated = true;
        try (Writer writer = processingEnv.getFiler().createSourceFile("p.Hidden").openWriter()) {
            writer.write("""
                    package p;

                    @io.github.gradcheck.api.Differentiable
                    class Hidden {
                        @io.github.gradcheck.api.Forward
                        double[] forward(@io.github.gradcheck.api.Shape("n") double[] x) {
                            return x;
                        }

                        @io.github.gradcheck.api.Backward
                        double[] backward(double[] upstream) {
                            return upstream;
                        }
                    }
                    """);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return false;
    }
}
