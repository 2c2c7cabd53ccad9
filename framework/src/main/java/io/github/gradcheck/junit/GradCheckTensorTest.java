package io.github.gradcheck.junit;

import io.github.gradcheck.check.Band;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.TensorReport;
import io.github.gradcheck.generate.ShrinkResult;
import io.github.gradcheck.report.GradientMismatch;
import io.github.gradcheck.report.ValueFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;

/**
 * The body of one dynamic test: one gradient of one layer over every generated case.
 *
 * <p>Every case runs even after one fails, so the report entry covers the same cases in
 * sequential and parallel runs; the test then fails with the first failing case in case order.
 */
final class GradCheckTensorTest implements Executable {

    private final GradCheckCases cases;
    private final Class<?> layer;
    private final String path;
    private final List<String> planned;

    /**
     * Create the test of one gradient.
     *
     * @param planned every gradient path the plan expects in the layer's reports, in order
     */
    GradCheckTensorTest(GradCheckCases cases, Class<?> layer, String path, List<String> planned) {
        this.cases = cases;
        this.layer = layer;
        this.path = path;
        this.planned = planned;
    }

    @Override
    public void execute() throws Throwable {
        Throwable firstFailure = null;
        for (int index = 0; index < cases.count(); index++) {
            Throwable failure = check(index, firstFailure == null);
            firstFailure = firstFailure == null ? failure : firstFailure;
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    /**
     * Return the failure of this gradient in one case, or null when the gradient passes. The
     * first failure of a test is shrunk to the smallest case in which this gradient still fails.
     */
    private Throwable check(int index, boolean shrink) {
        GradientReport report;
        TensorReport tensor;
        try {
            report = cases.report(layer, index);
            tensor = tensorOf(report);
        } catch (RuntimeException e) {
            return e;
        }
        if (tensor.passed()) {
            return null;
        }
        GradientMismatch mismatch = GradientMismatch.of(cases.withRerun(report, index)).focusedOn(path);
        Optional<ShrinkResult<GradientReport>> shrunk = shrink ? cases.shrink(layer, index, path, report)
                .filter(ShrinkResult::shrunk) : Optional.empty();
        String smallest = shrunk.map(result -> GradCheckShrinkText.of(path, result)).orElse("");
        return new AssertionFailedError(mismatch.create() + smallest, mismatch.expected(), mismatch.actual());
    }

    /**
     * Return this gradient's report, after checking that the report lists exactly the planned
     * gradients, so that no gradient of the built layer goes unchecked.
     */
    private TensorReport tensorOf(GradientReport report) {
        List<String> paths = report.tensors().stream().map(TensorReport::path).toList();
        if (!paths.equals(planned)) {
            throw new IllegalStateException("Cannot check [" + report.layerName() + "]: the built "
                    + "layer has the gradients " + paths + ", but its declared fields give "
                    + planned + "; declare each @Layer field with the class of the object it "
                    + "contains, and give each field its own layer object.");
        }
        return report.tensor(path).orElseThrow();
    }

    /**
     * Return the figures of this gradient over the cases that completed: the largest relative
     * difference and its band, the modes used, elements checked, mismatches and the time of the
     * numeric passes.
     *
     * @return the entry, or empty when no case completed
     */
    Optional<Map<String, String>> reportEntry() {
        List<TensorReport> tensors = completedTensors();
        if (tensors.isEmpty()) {
            return Optional.empty();
        }

        double worst = tensors.stream().mapToDouble(TensorReport::relativeDifference).max()
                .orElseThrow();
        Duration time = tensors.stream().map(TensorReport::time)
                .reduce(Duration.ZERO, Duration::plus);
        int checked = tensors.stream().mapToInt(TensorReport::checkedCount).sum();
        int mismatches = tensors.stream().mapToInt(TensorReport::mismatchCount).sum();

        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("gradcheck.gradient", path);
        entry.put("gradcheck.cases", String.valueOf(tensors.size()));
        entry.put("gradcheck.relativeDifference", ValueFormat.format(worst));
        entry.put("gradcheck.band", Band.of(worst).label());
        entry.put("gradcheck.mode", tensors.stream().map(tensor -> tensor.mode().name()).distinct()
                .collect(Collectors.joining(", ")));
        entry.put("gradcheck.elementsChecked", String.valueOf(checked));
        entry.put("gradcheck.mismatches", String.valueOf(mismatches));
        entry.put("gradcheck.timeMillis", String.format(Locale.ROOT, "%.3f", time.toNanos() / 1e6));
        return Optional.of(entry);
    }

    private List<TensorReport> completedTensors() {
        List<TensorReport> tensors = new ArrayList<>();
        for (int index = 0; index < cases.count(); index++) {
            cases.completed(layer, index).flatMap(report -> report.tensor(path))
                    .ifPresent(tensors::add);
        }
        return tensors;
    }
}
