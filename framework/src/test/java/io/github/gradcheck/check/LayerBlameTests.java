package io.github.gradcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.fixtures.AffineTanhAffine;
import io.github.gradcheck.report.GradientMismatch;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LayerBlameTests {

    @Test
    void blamesActivationWhoseInputGradientIsWrong() {
        var model = new AffineTanhAffine(3, 4, 2);
        model.activation.broken = true;
        double[][] x = {{0.5, -1.0, 0.25}, {1.5, 0.75, -0.5}};

        GradientReport report = GradientChecker.of(model, (Object) x).check();

        assertThat(report.failures()).extracting(TensorReport::path).contains("hidden.dW", "hidden.db", "dx")
                .doesNotContain("out.dW", "out.db");
        assertThat(report.blamedLayers()).containsExactly("activation");
        assertThat(report.localChecks()).extracting(LocalCheck::path).containsExactly("hidden", "activation", "out");
        assertThat(GradientMismatch.of(report).create()).contains("the wrong gradient comes from [activation]");
    }

    @Test
    void localizationLeavesModelUntouched() {
        var model = new AffineTanhAffine(3, 4, 2);
        model.activation.broken = true;
        double[][] weights = Arrays.stream(model.hidden.W).map(double[]::clone).toArray(double[][]::new);
        var activation = model.activation;

        GradientChecker.of(model, (Object) new double[][] {{0.5, -1.0, 0.25}}).check();

        assertThat(model.activation).isSameAs(activation);
        assertThat(model.hidden.W).isDeepEqualTo(weights);
    }

    @Test
    void passingModelRunsNoLocalChecks() {
        GradientReport report = GradientChecker.of(AffineTanhAffine.class).check();

        assertThat(report.passed()).isTrue();
        assertThat(report.localChecks()).isEmpty();
    }
}
