package io.github.gradcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.fixtures.AffineTanhAffine;
import org.junit.jupiter.api.Test;

class GradientMismatchTests {

    private static GradientReport brokenModel() {
        var model = new AffineTanhAffine(3, 4, 2);
        model.activation.broken = true;
        return GradientChecker.of(model, new double[][] {{0.5, -1.0, 0.25}, {1.5, 0.75, -0.5}}).check();
    }

    @Test
    void headlineNamesWorstTensorByDefault() {
        GradientReport report = brokenModel();

        String headline = GradientMismatch.of(report).headline();

        assertThat(headline).startsWith("Gradient check failed: AffineTanhAffine [" + report.failures().get(0).path()
                + "]");
    }

    @Test
    void focusedHeadlineAndDiffNameOneTensor() {
        GradientReport report = brokenModel();
        String other = report.failures().get(report.failures().size() - 1).path();

        GradientMismatch focused = GradientMismatch.of(report).focusedOn(other);

        assertThat(focused.headline()).startsWith("Gradient check failed: AffineTanhAffine [" + other + "]");
        assertThat(focused.expected()).startsWith(other + " [");
        assertThat(focused.actual()).startsWith(other + " [");
        assertThat(focused.create()).contains("blame     : the wrong gradient comes from [activation]");
    }

    @Test
    void listsEveryTensorOfModelInTable() {
        String message = GradientMismatch.of(brokenModel()).create();

        assertThat(message).contains("FAIL hidden.dW", "ok   out.dW", "ok   out.db");
    }
}
