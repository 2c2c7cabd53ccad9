package io.github.gradcheck.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.api.LayerAdapter;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.junit.fixtures.Scale;
import io.github.gradcheck.junit.fixtures.scan.Shift;
import io.github.gradcheck.junit.fixtures.scan.nested.Negate;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradCheckLayerResolverTests {

    private static final String DOUBLER = """
            package indexed.only;

            import io.github.gradcheck.api.*;

            @Differentiable
            public class Doubler {
                @Forward
                public double[] forward(@Shape("features") double[] x) {
                    double[] y = x.clone();
                    for (int i = 0; i < y.length; i++) {
                        y[i] *= 2;
                    }
                    return y;
                }

                @Backward
                public double[] backward(double[] upstream) {
                    double[] dx = upstream.clone();
                    for (int i = 0; i < dx.length; i++) {
                        dx[i] *= 2;
                    }
                    return dx;
                }
            }
            """;

    @GradientCheck(value = {Scale.class, Affine.class, Scale.class},
            packages = {"io.github.gradcheck.junit.fixtures.scan", "io.github.gradcheck.junit.fixtures.scan.nested"})
    static class ListedAndScannedTestCase {
    }

    @GradientCheck(packages = "indexed.only")
    static class IndexedTestCase {
    }

    @Test
    void keepsListedOrderThenPackageClassesWithoutDuplicates() {
        GradientCheck annotation = ListedAndScannedTestCase.class.getAnnotation(GradientCheck.class);

        List<Class<?>> layers = GradCheckLayerResolver.resolve("Suite", annotation, getClass().getClassLoader());

        assertThat(layers).containsExactly(Scale.class, Affine.class, Shift.class, Negate.class);
    }

    @Test
    void findsClassesListedOnlyInProcessorIndex(@TempDir Path classes) throws IOException {
        compile(classes);
        Path index = classes.resolve(LayerAdapter.INDEX_RESOURCE);
        Files.createDirectories(index.getParent());
        Files.writeString(index, "# written by the test\n"
                + "indexed.only.Doubler=indexed.only.Doubler_GradcheckAdapter\n"
                + "indexed.only.Deleted=indexed.only.Deleted_GradcheckAdapter\n"
                + "indexed.other.Elsewhere=indexed.other.Elsewhere_GradcheckAdapter\n");
        GradientCheck annotation = IndexedTestCase.class.getAnnotation(GradientCheck.class);

        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            List<Class<?>> layers = GradCheckLayerResolver.resolve("Suite", annotation, loader);

            assertThat(layers).extracting(Class::getName).containsExactly("indexed.only.Doubler");
        }
    }

    private static void compile(Path classes) throws IOException {
        Path source = classes.resolve("src/indexed/only/Doubler.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, DOUBLER);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("java.class.path");
        int status = javac.run(null, null, null, "-proc:none", "-classpath", classPath, "-d", classes.toString(),
                source.toString());
        assertThat(status).as("javac exit status").isZero();
        assertThat(new File(classes.toFile(), "indexed/only/Doubler.class")).exists();
    }
}
