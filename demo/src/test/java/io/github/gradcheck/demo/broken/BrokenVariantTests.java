package io.github.gradcheck.demo.broken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.TensorReport;
import io.github.gradcheck.report.GradientMismatch;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Each broken variant is checked on the small input of its bug case and on generated inputs. The
 * checker must flag exactly the faulty tensor and report the right and the buggy values.
 */
class BrokenVariantTests {

    private static final Offset<Double> CLOSE = within(1e-6);

    @Test
    void biasCopyingFirstSampleFailsOnlyDb() {
        var layer = new BiasCopiesFirstSampleGradient(2);
        double[][] x = {{0.3, -0.1}, {1.2, 0.4}};

        GradientReport report = GradientChecker.of(layer, (Object) x).withUpstream(new double[][] {{1, 2}, {3, 4}})
                .check();

        assertFailsExactly(report, "db");
        assertThat(tensor(report, "db").numeric()).containsExactly(new double[] {4, 6}, CLOSE);
        assertThat(tensor(report, "db").analytic()).containsExactly(new double[] {1, 2}, CLOSE);
    }

    @Test
    void biasAveragingOverBatchFailsOnlyDb() {
        var layer = new BiasAveragesGradientOverBatch(2);
        double[][] x = {{0.3, -0.1}, {1.2, 0.4}};

        GradientReport report = GradientChecker.of(layer, (Object) x).withUpstream(new double[][] {{1, 1}, {1, 1}})
                .check();

        assertFailsExactly(report, "db");
        assertThat(tensor(report, "db").numeric()).containsExactly(new double[] {2, 2}, CLOSE);
        assertThat(tensor(report, "db").analytic()).containsExactly(new double[] {1, 1}, CLOSE);
    }

    @Test
    void biasFaultsFailOnGeneratedCases() {
        for (Class<?> type : new Class<?>[] {BiasCopiesFirstSampleGradient.class,
                BiasAveragesGradientOverBatch.class}) {
            GradientReport report = GradientChecker.of(type).withDimension("batch", 2).check();

            assertFailsExactly(report, "db");
        }
    }

    @Test
    void classSummedBiasFailsOnlyDb() {
        var model = new SoftmaxRegressionBiasSummedOverClasses(1, 2);
        model.W = new double[][] {{0, 0}};
        model.b = new double[] {0, 0};

        GradientReport report = GradientChecker.of(model, new double[][] {{1}}, new int[] {0}).check();

        assertFailsExactly(report, "db");
        assertThat(tensor(report, "db").numeric()).containsExactly(new double[] {-0.5, 0.5}, CLOSE);
        assertThat(tensor(report, "db").analytic()).containsExactly(new double[] {0, 0}, CLOSE);
    }

    @Test
    void lossScalingOffsetsEveryTensor() {
        GradientReport report = GradientChecker.of(TwoLayerTanhNetGradientsNotDividedByBatch.class)
                .withDimension("batch", 3).check();

        assertFailsExactly(report, "dW1", "db1", "dW2", "db2", "dx");
        for (TensorReport tensor : report.tensors()) {
            assertThat(ratio(tensor)).as(tensor.path()).isCloseTo(3.0, within(1e-6));
        }
    }

    @Test
    void ridgeRegressionMissingFactorTwoFailsOnlyDw() {
        var model = new RidgeRegressionL2GradientMissingFactorTwo(1, 1);
        model.W = new double[][] {{1}};
        model.b = new double[] {0};

        GradientReport report = GradientChecker.of(model, new double[][] {{0}}, new double[][] {{0}}).check();

        assertFailsExactly(report, "dW");
        assertThat(tensor(report, "dW").numeric()).containsExactly(new double[] {1.0}, CLOSE);
        assertThat(tensor(report, "dW").analytic()).containsExactly(new double[] {0.5}, CLOSE);
    }

    @Test
    void halvedL2GradientFailsOnlyWeights() {
        GradientReport report = GradientChecker.of(ThreeLayerNetL2GradientHalved.class).withDimension("batch", 2)
                .check();

        assertFailsExactly(report, "linear1.dW", "linear2.dW", "linear3.dW");
    }

    @Test
    void averagedKernelGradientFailsOnlyDw() {
        var layer = new Conv2DKernelGradientAveraged(1, 1, 3, 1, 1);
        double[][][][] x = new double[2][1][3][3];
        for (int n = 0; n < 2; n++) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    x[n][0][i][j] = 0.1 * (n + 1) * (i - j) + 0.05 * i * j;
                }
            }
        }

        GradientReport report = GradientChecker.of(layer, (Object) x).check();

        assertFailsExactly(report, "dW");
        assertThat(ratio(tensor(report, "dW"))).isCloseTo(1.0 / 18, within(1e-9));
    }

    @Test
    void convolutionKernelFaultIsFoundOnGeneratedCases() {
        GradientReport report = GradientChecker.of(Conv2DKernelGradientAveraged.class).withDimension("batch", 2)
                .check();

        assertFailsExactly(report, "dW");
    }

    @Test
    void assigningMaxPoolFailsOnlyDx() {
        var layer = new MaxPool2DAssignsInsteadOfAccumulating(2, 1);
        double[][][][] x = {{{{1, 3, 2}, {-9, -9, -9}}}};

        GradientReport report = GradientChecker.of(layer, (Object) x).withUpstream(new double[][][][] {{{{1, 1}}}})
                .check();

        assertFailsExactly(report, "dx");
        assertThat(tensor(report, "dx").numeric()).containsExactly(new double[] {0, 2, 0, 0, 0, 0}, CLOSE);
        assertThat(tensor(report, "dx").analytic()).containsExactly(new double[] {0, 1, 0, 0, 0, 0}, CLOSE);
    }

    @Test
    void maxPoolLastWriteWinsFailsOnlyDx() {
        var layer = new MaxPool2DLastWriteWins(2, 1);
        double[][][][] x = {{{{5, 3, 1, 2, 5}, {-9, -9, -9, -9, -9}}}};

        GradientReport report = GradientChecker.of(layer, (Object) x)
                .withUpstream(new double[][][][] {{{{1, 1, 1, 1}}}}).check();

        assertFailsExactly(report, "dx");
        assertThat(tensor(report, "dx").numeric()).startsWith(new double[] {1, 1, 0, 1, 1}, CLOSE);
        assertThat(tensor(report, "dx").analytic()).startsWith(new double[] {1, 1, 0, 0, 1}, CLOSE);
    }

    @Test
    void maxPoolFaultsFailOnGeneratedCases() {
        for (Class<?> type : new Class<?>[] {MaxPool2DAssignsInsteadOfAccumulating.class,
                MaxPool2DLastWriteWins.class}) {
            GradientReport report = GradientChecker.of(type).withDimension("window", 3).withDimension("stride", 1)
                    .check();

            assertFailsExactly(report, "dx");
        }
    }

    @Test
    void softmaxWithDiagonalJacobianFailsOnlyDx() {
        var layer = new SoftmaxDiagonalJacobian();

        GradientReport report = GradientChecker.of(layer, (Object) new double[][] {{0, 0}})
                .withUpstream(new double[][] {{1, 0}}).check();

        assertFailsExactly(report, "dx");
        assertThat(tensor(report, "dx").numeric()).containsExactly(new double[] {0.25, -0.25}, CLOSE);
        assertThat(tensor(report, "dx").analytic()).containsExactly(new double[] {0.25, 0}, CLOSE);
    }

    @Test
    void failureMessageNamesLayerTensorAndSeed() {
        GradientReport report = GradientChecker.of(BiasCopiesFirstSampleGradient.class).withDimension("batch", 2)
                .check();

        String message = GradientMismatch.of(report).create();

        assertThat(message).startsWith("Gradient check failed: BiasCopiesFirstSampleGradient [db], shape [");
        assertThat(message).contains("seed      : " + GradientChecker.DEFAULT_SEED);
        assertThat(message).contains("rerun     : GradientChecker.of(BiasCopiesFirstSampleGradient.class)");
    }

    private static void assertFailsExactly(GradientReport report, String... paths) {
        assertThat(report.failures()).as(GradientMismatch.of(report).create()).extracting(TensorReport::path)
                .containsExactlyInAnyOrder(paths);
    }

    private static TensorReport tensor(GradientReport report, String path) {
        return report.tensor(path).orElseThrow();
    }

    /** Least-squares ratio of the analytic to the numeric gradient. */
    private static double ratio(TensorReport tensor) {
        double[] numeric = tensor.numeric();
        double[] analytic = tensor.analytic();
        double product = 0;
        double square = 0;
        for (int i = 0; i < numeric.length; i++) {
            product += numeric[i] * analytic[i];
            square += numeric[i] * numeric[i];
        }
        return product / square;
    }
}
