package io.github.gradcheck.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gradcheck.check.CheckConfig;
import io.github.gradcheck.check.GradientChecker;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.Upstream;
import io.github.gradcheck.demo.layers.BatchNorm;
import io.github.gradcheck.demo.layers.Bias;
import io.github.gradcheck.demo.layers.Conv2D;
import io.github.gradcheck.demo.layers.Dense;
import io.github.gradcheck.demo.layers.Dropout;
import io.github.gradcheck.demo.layers.FloatDense;
import io.github.gradcheck.demo.layers.LeakyRelu;
import io.github.gradcheck.demo.layers.MaxPool2D;
import io.github.gradcheck.demo.layers.Relu;
import io.github.gradcheck.demo.layers.Sigmoid;
import io.github.gradcheck.demo.layers.SimpleRnn;
import io.github.gradcheck.demo.layers.Softmax;
import io.github.gradcheck.demo.layers.Tanh;
import io.github.gradcheck.demo.losses.BinaryCrossEntropyWithLogits;
import io.github.gradcheck.demo.losses.MeanSquaredError;
import io.github.gradcheck.demo.losses.SoftmaxCrossEntropy;
import io.github.gradcheck.demo.models.RegularizedThreeLayerNet;
import io.github.gradcheck.demo.models.RidgeRegression;
import io.github.gradcheck.demo.models.SoftmaxRegression;
import io.github.gradcheck.demo.models.ThreeLayerNet;
import io.github.gradcheck.demo.models.TwoLayerTanhNet;
import io.github.gradcheck.report.GradientMismatch;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every correct demo layer passes the check on many generated cases: a checker that fails a
 * correct layer even once in a thousand runs teaches users to ignore it.
 */
class CorrectLayerTests {

    /** Generated cases per layer; set {@code -Dgradcheck.demo.cases=N} to run more or fewer. */
    private static final int CASES = Integer.getInteger("gradcheck.demo.cases", 1000);

    static Stream<Class<?>> correctLayers() {
        return Stream.of(Dense.class, Bias.class, Relu.class, LeakyRelu.class, Sigmoid.class, Tanh.class,
                Softmax.class, SoftmaxCrossEntropy.class, BinaryCrossEntropyWithLogits.class, MeanSquaredError.class,
                Dropout.class, BatchNorm.class, Conv2D.class, MaxPool2D.class, SimpleRnn.class, FloatDense.class,
                ThreeLayerNet.class, RegularizedThreeLayerNet.class, TwoLayerTanhNet.class, SoftmaxRegression.class,
                RidgeRegression.class);
    }

    @ParameterizedTest
    @MethodSource("correctLayers")
    void passesOnEveryGeneratedCase(Class<?> layer) {
        var seeds = new SplittableRandom(layer.getName().hashCode());

        for (int i = 0; i < CASES; i++) {
            GradientReport report = GradientChecker.of(layer).withSeed(seeds.nextLong()).check();

            assertThat(report.passed()).as("case %d of %s:%n%s", i, layer.getSimpleName(),
                    GradientMismatch.of(report).create()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("normalizingLayers")
    void passesWithAllOnesUpstream(Class<?> layer) {
        var seeds = new SplittableRandom(layer.getName().hashCode() + 1);
        var ones = CheckConfig.defaults().withUpstream(Upstream.ONES);

        for (int i = 0; i < CASES; i++) {
            GradientReport report = GradientChecker.of(layer).withConfig(ones).withSeed(seeds.nextLong()).check();

            assertThat(report.passed()).as("case %d of %s:%n%s", i, layer.getSimpleName(),
                    GradientMismatch.of(report).create()).isTrue();
        }
    }

    static List<Class<?>> normalizingLayers() {
        return List.of(BatchNorm.class, Softmax.class);
    }
}
