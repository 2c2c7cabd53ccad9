package io.github.gradcheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.AffineBiasNotSummed;
import io.github.gradcheck.report.GradientMismatch;
import org.junit.jupiter.api.Test;

class GradientCheckerTests {

    @Test
    void passesCorrectAffineLayer() {
        GradientReport report = GradientChecker.of(Affine.class).withDimension("batch", 3).check();

        assertThat(report.passed()).as(GradientMismatch.of(report).create()).isTrue();
        assertThat(report.tensors()).extracting(TensorReport::path).containsExactly("dW", "db", "dx");
    }

    @Test
    void fallsBackToReflectionWithoutGeneratedAdapter() {
        GradientReport report = GradientChecker.of(Affine.class).check();

        assertThat(LayerAdapters.isGenerated(Affine.class)).isFalse();
        assertThat(report.adapter()).isEqualTo("reflection");
    }

    @Test
    void flagsOnlyBiasWhenBiasIsNotSummed() {
        GradientReport report = GradientChecker.of(AffineBiasNotSummed.class).withDimension("batch", 2).check();

        assertThat(report.failures()).extracting(TensorReport::path).containsExactly("db");
        assertThat(GradientMismatch.of(report).headline())
                .startsWith("Gradient check failed: AffineBiasNotSummed [db], shape [" + report.dimensions().get("out")
                        + "]: ");
    }
}
