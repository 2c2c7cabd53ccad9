package io.github.gradcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.LayerAdapters;
import io.github.gradcheck.demo.layers.Conv2D;
import io.github.gradcheck.demo.layers.Dense;
import io.github.gradcheck.demo.models.ThreeLayerNet;
import org.junit.jupiter.api.Test;

/** The demo compiles with the annotation processor, so its checks run on generated adapters. */
class AdapterPathTests {

    @Test
    void demoLayersUseGeneratedAdapters() {
        assertThat(LayerAdapters.isGenerated(Dense.class)).isTrue();
        assertThat(LayerAdapters.isGenerated(Conv2D.class)).isTrue();
        assertThat(LayerAdapters.isGenerated(ThreeLayerNet.class)).isTrue();
    }

    @Test
    void reportNamesGeneratedAdapter() {
        assertThat(GradientChecker.of(ThreeLayerNet.class).check().adapter()).isEqualTo("generated");
    }

    @Test
    void processorIndexListsDemoLayers() {
        assertThat(LayerAdapters.indexedClasses(getClass().getClassLoader()))
                .contains(Dense.class.getName(), Conv2D.class.getName(), ThreeLayerNet.class.getName());
    }
}
