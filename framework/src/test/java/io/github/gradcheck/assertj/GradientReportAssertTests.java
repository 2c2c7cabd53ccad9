package io.github.gradcheck.assertj;

import static io.github.gradcheck.assertj.GradcheckAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.fixtures.Affine;
import io.github.gradcheck.check.fixtures.AffineBiasNotSummed;
import io.github.gradcheck.report.GradientMismatch;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class GradientReportAssertTests {

    private static final GradientReport CORRECT = GradientChecker.of(Affine.class).withDimension("batch", 3).check();

    private static final GradientReport BIAS_NOT_SUMMED = GradientChecker.of(AffineBiasNotSummed.class)
            .withDimension("batch", 3).check();

    @Test
    void passesAcceptsCorrectReport() {
        assertThat(CORRECT).passes().hasNoMismatchIn("dW").hasNoMismatchIn("db").hasNoMismatchIn("dx");
    }

    @Test
    void passesFailsWithMismatchDiagnostic() {
        GradientMismatch expected = GradientMismatch.of(BIAS_NOT_SUMMED);

        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(BIAS_NOT_SUMMED).passes());

        Assertions.assertThat(failure).hasMessage(expected.create());
        Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(expected.expected());
        Assertions.assertThat(failure.getActual().getValue()).isEqualTo(expected.actual());
    }

    @Test
    void passesPrefixesDescription() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(BIAS_NOT_SUMMED).as("bias layer").passes());

        Assertions.assertThat(failure).hasMessage("[bias layer] " + GradientMismatch.of(BIAS_NOT_SUMMED).create());
    }

    @Test
    void hasMismatchInAcceptsFailingGradient() {
        assertThat(BIAS_NOT_SUMMED).hasMismatchIn("db").hasMismatchIn("b");
    }

    @Test
    void hasMismatchInFailsForCorrectGradient() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(BIAS_NOT_SUMMED).hasMismatchIn("dW"));

        Assertions.assertThat(failure.getMessage()).startsWith("Expecting a mismatch in [dW] of AffineBiasNotSummed")
                .endsWith(GradientMismatch.of(BIAS_NOT_SUMMED).create());
        Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(List.of("dW"));
        Assertions.assertThat(failure.getActual().getValue()).isEqualTo(List.of("db"));
    }

    @Test
    void hasMismatchInFailsForUnknownGradient() {
        AssertionError failure = catchThrowableOfType(AssertionError.class,
                () -> assertThat(CORRECT).hasMismatchIn("hidden.db"));

        Assertions.assertThat(failure.getMessage())
                .startsWith("Expecting the report of Affine to contain gradient [hidden.db], but it contains "
                        + "[dW, db, dx].");
    }

    @Test
    void hasNoMismatchInFailsWithMismatchDiagnostic() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(BIAS_NOT_SUMMED).hasNoMismatchIn("db"));

        Assertions.assertThat(failure.getMessage()).startsWith("Expecting no mismatch in [db] of AffineBiasNotSummed.")
                .endsWith(GradientMismatch.of(BIAS_NOT_SUMMED).create());
        Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(GradientMismatch.of(BIAS_NOT_SUMMED)
                .expected());
    }

    @Test
    void hasOnlyMismatchesInAcceptsExactSet() {
        assertThat(BIAS_NOT_SUMMED).hasOnlyMismatchesIn("db");
    }

    @Test
    void hasOnlyMismatchesInRejectsPassingPath() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(BIAS_NOT_SUMMED).hasOnlyMismatchesIn("db", "dW"));

        Assertions.assertThat(failure.getMessage())
                .startsWith("Expecting mismatches only in [db, dW] of AffineBiasNotSummed, but the mismatching "
                        + "gradients are [db].")
                .endsWith(GradientMismatch.of(BIAS_NOT_SUMMED).create());
        Assertions.assertThat(failure.getExpected().getValue()).isEqualTo(List.of("db", "dW"));
        Assertions.assertThat(failure.getActual().getValue()).isEqualTo(List.of("db"));
    }

    @Test
    void hasOnlyMismatchesInFailsForCorrectReport() {
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class,
                () -> assertThat(CORRECT).hasOnlyMismatchesIn("db"));

        Assertions.assertThat(failure.getActual().getValue()).isEqualTo(List.of());
    }

    @Test
    void hasOnlyMismatchesInRejectsEmptyList() {
        assertThatIllegalArgumentException().isThrownBy(() -> assertThat(CORRECT).hasOnlyMismatchesIn())
                .withMessageStartingWith("Cannot check for mismatches in no gradient");
    }

    @Test
    void nullReportFailsEveryAssertion() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () -> assertThat(null).passes());

        Assertions.assertThat(failure).hasMessageContaining("Expecting actual not to be null");
    }
}
