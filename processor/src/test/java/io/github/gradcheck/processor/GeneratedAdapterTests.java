package io.github.gradcheck.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.api.LayerAdapter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GeneratedAdapterTests {

    private static Compilation compilation;
    private static CompiledClassLoader loader;

    @BeforeAll
    static void compileLayers() {
        var sources = Stream.of(LayerSources.DENSE, LayerSources.PICK_LOSS, LayerSources.TWO_LAYERS,
                LayerSources.SCALE, LayerSources.OFFSET_BASE, LayerSources.OFFSET_LOSS);
        // Every lint but "processing", which flags the framework annotations that the processor
        // reads without claiming them.
        compilation = Compiler.javac()
                .withProcessors(new GradCheckProcessor())
                .withOptions("-Xlint:all,-processing", "-Werror")
                .compile(sources.map(TestSource::file).toList());
        loader = new CompiledClassLoader(compilation);
    }

    @Test
    void compilesWithoutWarnings() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void createsLayerFromDimensions() throws Throwable {
        var adapter = loader.adapter("p.Dense_GradcheckAdapter");

        Object dense = adapter.create(dimensions("in", 3, "out", 2));

        assertThat(adapter.layerType()).isSameAs(loader.loadClass("p.Dense"));
        assertThat(dense).isInstanceOf(adapter.layerType());
        assertThat((double[][]) adapter.parameter(dense, 0)).hasDimensions(3, 2);
        assertThat((double[]) adapter.parameter(dense, 1)).hasSize(2);
    }

    @Test
    void listsParametersInDeclarationOrder() throws Throwable {
        var adapter = loader.adapter("p.Dense_GradcheckAdapter");

        assertThat(adapter.parameterNames()).containsExactly("W", "b");
        assertThat(adapter.layerNames()).isEmpty();
    }

    @Test
    void callsForwardAndBackward() throws Throwable {
        var adapter = loader.adapter("p.Dense_GradcheckAdapter");
        Object dense = adapter.create(dimensions("in", 2, "out", 2));

        var output = (double[][]) adapter.forward(dense, new Object[] {new double[][] {{1, 2}}});
        var dx = (double[][]) adapter.backward(dense, new double[][] {{1, 0}});

        // W[i][j] = i + 10 j, so y = [1 * 0 + 2 * 1, 1 * 10 + 2 * 11] and dx = W[:, 0].
        assertThat(output).isDeepEqualTo(new double[][] {{2, 32}});
        assertThat(dx).isDeepEqualTo(new double[][] {{0, 1}});
        assertThat((double[][]) adapter.gradient(dense, 0))
                .isDeepEqualTo(new double[][] {{1, 0}, {2, 0}});
        assertThat((double[]) adapter.gradient(dense, 1)).containsExactly(1, 0);
    }

    @Test
    void replacesGradientArrays() throws Throwable {
        var adapter = loader.adapter("p.Dense_GradcheckAdapter");
        Object dense = adapter.create(dimensions("in", 2, "out", 2));
        var zeros = new double[2];

        adapter.setGradient(dense, 1, zeros);
        adapter.setGradient(dense, 0, null);

        assertThat(adapter.gradient(dense, 1)).isSameAs(zeros);
        assertThat(adapter.gradient(dense, 0)).isNull();
    }

    @Test
    void rejectsIndexOutOfRange() throws Throwable {
        var adapter = loader.adapter("p.Dense_GradcheckAdapter");
        Object dense = adapter.create(dimensions("in", 2, "out", 2));

        assertThatThrownBy(() -> adapter.parameter(dense, 2))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Cannot find parameter [2] of p.Dense, which declares [W, b].");
        assertThatThrownBy(() -> adapter.setGradient(dense, -1, null))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> adapter.layer(dense, 0))
                .isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("Cannot find layer [0] of p.Dense, which declares [].");
    }

    @Test
    void rejectsWrongInputCount() throws Throwable {
        var adapter = loader.adapter("p.Dense_GradcheckAdapter");
        Object dense = adapter.create(dimensions("in", 2, "out", 2));

        assertThatThrownBy(() -> adapter.forward(dense, new Object[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Cannot call the forward pass of p.Dense with [0] inputs; pass [1],"
                        + " one per forward parameter.");
    }

    @Test
    void boxesLossAndCallsBackwardWithoutUpstream() throws Throwable {
        var adapter = loader.adapter("p.PickLoss_GradcheckAdapter");
        Object loss = adapter.create(Dimensions.empty());
        Object[] inputs = {new double[][] {{1, 4}, {3, 2}}, new int[] {1, 0}};

        Object value = adapter.forward(loss, inputs);
        var dScores = (double[][]) adapter.backward(loss, null);

        assertThat(value).isEqualTo(-3.5);
        assertThat(dScores).isDeepEqualTo(new double[][] {{0, -0.5}, {-0.5, 0}});
        assertThat(adapter.parameterNames()).isEmpty();
    }

    @Test
    void exposesSubLayersOfModel() throws Throwable {
        var adapter = loader.adapter("p.TwoLayers_GradcheckAdapter");
        Object model = adapter.create(dimensions("in", 2, "hidden", 3, "out", 1));

        Object output = adapter.forward(model, new Object[] {new double[][] {{1, 1}}});

        assertThat(adapter.layerNames()).containsExactly("hidden", "output");
        assertThat(adapter.layer(model, 1)).isInstanceOf(loader.loadClass("p.Dense"));
        assertThat((double[][]) output).hasDimensions(1, 1);
        assertThat(adapter.parameterNames()).isEmpty();
    }

    @Test
    void adaptsNestedClassWithAccumulatingBackward() throws Throwable {
        var adapter = loader.adapter("p.Blocks_Scale_GradcheckAdapter");
        Object scale = adapter.create(dimensions("features", 2));
        Object[] inputs = {new float[][] {{1, 3}}};

        var output = (float[][]) adapter.forward(scale, inputs);
        Object first = adapter.backward(scale, new float[][] {{1, 1}});
        adapter.backward(scale, new float[][] {{1, 1}});

        assertThat(adapter.layerType()).isSameAs(loader.loadClass("p.Blocks$Scale"));
        assertThat(output).isDeepEqualTo(new float[][] {{2, 6}});
        assertThat(first).isNull();
        assertThat(adapter.parameterNames()).containsExactly("scale");
        assertThat((float[]) adapter.gradient(scale, 0)).containsExactly(2f, 6f);
    }

    @Test
    void widensFloatLossWithInheritedParameter() throws Throwable {
        var adapter = loader.adapter("p.OffsetLoss_GradcheckAdapter");
        Object loss = adapter.create(Dimensions.empty());

        Object value = adapter.forward(loss, new Object[] {new float[] {1, 2}});
        var dx = (float[]) adapter.backward(loss, null);

        assertThat(value).isEqualTo(4.0);
        assertThat(dx).containsExactly(1f, 1f);
        assertThat(adapter.parameterNames()).containsExactly("offset");
        assertThat((float[]) adapter.gradient(loss, 0)).containsExactly(2f);
    }

    @Test
    void indexesEveryAdapter() throws IOException, ReflectiveOperationException {
        var index = compilation
                .generatedFile(StandardLocation.CLASS_OUTPUT, LayerAdapter.INDEX_RESOURCE)
                .orElseThrow();

        var lines = index.getCharContent(true).toString().lines().toList();

        assertThat(lines).containsExactly(
                "p.Blocks$Scale=p.Blocks_Scale_GradcheckAdapter",
                "p.Dense=p.Dense_GradcheckAdapter",
                "p.OffsetLoss=p.OffsetLoss_GradcheckAdapter",
                "p.PickLoss=p.PickLoss_GradcheckAdapter",
                "p.TwoLayers=p.TwoLayers_GradcheckAdapter");
        for (String line : lines) {
            String[] names = line.split("=");
            assertThat(loader.adapter(names[1]).layerType()).isSameAs(loader.loadClass(names[0]));
        }
    }

    @Test
    void adaptsClassInUnnamedPackage() throws Throwable {
        var source = TestSource.of("Identity", """
                @io.github.gradcheck.api.Differentiable
                public class Identity {
                    @io.github.gradcheck.api.Forward
                    public double[] forward(@io.github.gradcheck.api.Shape("n") double[] x) {
                        return x;
                    }

                    @io.github.gradcheck.api.Backward
                    public double[] backward(double[] upstream) {
                        return upstream;
                    }
                }
                """);

        var unnamed = CompilationSupport.compile(source);
        var adapter = new CompiledClassLoader(unnamed).adapter("Identity_GradcheckAdapter");
        Object identity = adapter.create(Dimensions.empty());

        assertThat(unnamed).succeededWithoutWarnings();
        assertThat(adapter.forward(identity, new Object[] {new double[] {7}}))
                .isEqualTo(new double[] {7});
    }

    private static Dimensions dimensions(Object... namesAndSizes) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSizes.length; i += 2) {
            sizes.put((String) namesAndSizes[i], (Integer) namesAndSizes[i + 1]);
        }
        return Dimensions.of(sizes);
    }
}
