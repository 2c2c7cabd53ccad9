package io.github.gradcheck.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.check.ElementReport;
import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.LocalCheck;
import io.github.gradcheck.check.Mode;
import io.github.gradcheck.check.TensorReport;
import io.github.gradcheck.diagnose.Diagnosis;
import io.github.gradcheck.diagnose.Hint;
import io.github.gradcheck.tensor.ElementType;
import io.github.gradcheck.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Failure message of a gradient check that found mismatches.
 *
 * <p>The text reads, in order: a headline naming the layer, the worst tensor, its shape and how
 * many elements are out of tolerance; a table of every tensor of the layer or model, failing
 * first; the worst element of each failing tensor with its numbers; the step, tolerance and
 * mode; the seed, the dimensions and a line to rerun the case.
 *
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GradientMismatch {

    /** Number of further worst elements listed per failing tensor after the worst one. */
    static final int FURTHER_ELEMENTS = 5;

    private final GradientReport report;
    private final List<String> hints;
    private final String focus;

    private GradientMismatch(GradientReport report, List<String> hints, String focus) {
        this.report = report;
        this.hints = hints;
        this.focus = focus;
    }

    /**
     * Create the message for a report, with the hints that {@link Diagnosis} recognises in it.
     * When the report blames sub-layers of a model, the hints are those of the blamed sub-layers'
     * own checks, because the model's other failures only carry the fault along.
     *
     * @param report a report, usually a failing one, never null
     * @return the factory
     * @since 0.1
     */
    public static GradientMismatch of(GradientReport report) {
        Objects.requireNonNull(report, "report");
        List<String> hints = new ArrayList<>();
        for (LocalCheck check : report.localChecks()) {
            if (check.failed()) {
                Diagnosis.of(check.report()).forEach(hint -> hints.add("in [" + check.path() + "], " + hint.message()));
            }
        }
        if (hints.isEmpty()) {
            Diagnosis.of(report).forEach(hint -> hints.add(hint.message()));
        }
        return new GradientMismatch(report, List.copyOf(hints), null);
    }

    /**
     * Return a copy that adds hints about the likely cause after the recognised ones, each one
     * sentence with its evidence.
     *
     * @param hints the hints, never null
     * @return the copy
     * @since 0.1
     */
    public GradientMismatch withHints(List<String> hints) {
        List<String> all = new ArrayList<>(this.hints);
        all.addAll(hints);
        return new GradientMismatch(report, List.copyOf(all), focus);
    }

    /**
     * Return a copy whose headline and IDE diff are about one tensor, for a test that checks only
     * that tensor. The table and the details still cover the whole layer.
     *
     * @param path a gradient path of the report, such as {@code hidden.db}, never null
     * @return the copy
     * @since 0.1
     */
    public GradientMismatch focusedOn(String path) {
        return new GradientMismatch(report, hints, Objects.requireNonNull(path, "path"));
    }

    /** Return the failing tensors the headline and diff are about: the focus, or all of them. */
    private List<TensorReport> subjects() {
        List<TensorReport> failures = report.failures();
        List<TensorReport> focused = failures.stream().filter(tensor -> tensor.path().equals(focus)).toList();
        return focused.isEmpty() ? failures : focused;
    }

    /**
     * Return the headline alone.
     *
     * @return one sentence
     * @since 0.1
     */
    public String headline() {
        List<TensorReport> failures = report.failures();
        if (failures.isEmpty() && !report.contractFindings().isEmpty()) {
            return "Gradient check failed: " + report.layerName() + " [" + report.contractFindings().get(0).path()
                    + "] breaks the backward contract: " + report.contractFindings().size() + " finding"
                    + (report.contractFindings().size() == 1 ? "" : "s") + ".";
        }
        if (failures.isEmpty()) {
            return "Gradient check passed: " + report.layerName() + ", " + report.tensors().size() + " tensors.";
        }
        TensorReport worst = subjects().get(0);
        String more = failures.size() == 1 ? "" : "; " + (failures.size() - 1) + " more tensor"
                + (failures.size() == 2 ? "" : "s") + " fail" + (failures.size() == 2 ? "s" : "");
        return "Gradient check failed: " + report.layerName() + " [" + worst.path() + "], shape "
                + Tensor.format(worst.shape()) + ": " + worst.mismatchCount() + " of " + worst.checkedCount() + " "
                + (worst.directions() > 0 && !worst.escalated() ? "directions" : "entries") + " out of tolerance"
                + more + ".";
    }

    /**
     * Return the full message.
     *
     * @return the text, lines separated by {@code \n}
     * @since 0.1
     */
    public String create() {
        var text = new StringBuilder(headline()).append('\n');
        text.append(TensorTable.of(report).create());
        appendLocalChecks(text, report);
        boolean measuredFloor = report.config().absoluteTolerance() == 0.0;
        for (TensorReport failure : report.failures()) {
            appendWorst(text, failure, measuredFloor);
        }
        report.contractFindings().forEach(finding -> text.append(label("contract")).append(finding.message())
                .append('\n'));
        hints.forEach(hint -> text.append(label("hint")).append(hint).append('\n'));
        text.append(label("overall")).append(ValueFormat.format(report.overallRelativeDifference()))
                .append(" relative difference over all parameters flattened into one vector; input gradients "
                        + "are checked on their own\n");
        report.seed().ifPresent(seed -> text.append(label("seed")).append(seed).append('\n'));
        text.append(label("dimensions")).append(report.dimensions()).append('\n');
        text.append(label("rerun")).append(report.replay()).append('\n');
        return text.toString();
    }

    private static void appendLocalChecks(StringBuilder text, GradientReport report) {
        if (report.localChecks().isEmpty()) {
            return;
        }
        text.append("sub-layers checked alone, each on the input and upstream gradient it received here:\n");
        for (LocalCheck check : report.localChecks()) {
            String status = check.report() == null ? "-" : check.failed() ? "FAIL" : "ok";
            String detail = check.report() == null ? "not checked: " + check.note()
                    : check.report().layerName() + (check.failed() ? " fails " + check.report().failures().stream()
                            .map(TensorReport::path).toList() : " passes");
            text.append(String.format(Locale.ROOT, "  %-4s %-12s %s%n", status, check.path(), detail));
        }
        if (!report.blamedLayers().isEmpty()) {
            text.append(label("blame")).append("the wrong gradient comes from ").append(report.blamedLayers())
                    .append("; failures in layers before it follow through the chain rule\n");
        }
    }

    private static void appendWorst(StringBuilder text, TensorReport tensor, boolean measuredFloor) {
        List<ElementReport> worst = tensor.worst(FURTHER_ELEMENTS + 1);
        if (worst.isEmpty()) {
            return;
        }
        boolean directional = tensor.directions() > 0 && !tensor.escalated();
        ElementReport first = worst.get(0);

        text.append("worst ").append(directional ? "direction" : "entry").append(" of ").append(tensor.path())
                .append(":\n");
        text.append(label(directional ? "direction" : "index")).append(first.indexText()).append('\n');
        text.append(label("analytic")).append(ValueFormat.format(first.analytic())).append('\n');
        text.append(label("numeric")).append(ValueFormat.format(first.numeric())).append('\n');
        text.append(label("abs diff")).append(ValueFormat.format(first.absoluteDifference())).append('\n');
        text.append(label("rel error")).append(ValueFormat.format(first.relativeError())).append('\n');

        appendSettings(text, tensor, measuredFloor);
        appendFurther(text, tensor, worst);
    }

    private static void appendSettings(StringBuilder text, TensorReport tensor, boolean measuredFloor) {
        text.append(label("tolerance")).append(ValueFormat.brief(tensor.tolerance().absolute())).append(" + ")
                .append(ValueFormat.brief(tensor.tolerance().relative()))
                .append(" * max(|numeric|, |analytic|), absolute floor ")
                .append(measuredFloor ? "from this layer's rounding noise\n" : "fixed by configuration\n");
        text.append(label("step")).append(ValueFormat.format(tensor.step())).append(" (central difference, ")
                .append(modeText(tensor)).append(", ").append(tensor.elementType().javaName()).append(")\n");
        if (tensor.elementType() == ElementType.FLOAT) {
            text.append(label("precision")).append("float tensor: differences taken in double between the stored "
                    + "float values; tolerance sized for float rounding\n");
        }
    }

    private static void appendFurther(StringBuilder text, TensorReport tensor, List<ElementReport> worst) {
        for (ElementReport element : worst.subList(1, worst.size())) {
            text.append(label("also over")).append(element.indexText()).append(" numeric ")
                    .append(ValueFormat.format(element.numeric())).append(" analytic ")
                    .append(ValueFormat.format(element.analytic())).append('\n');
        }
        int rest = tensor.mismatchCount() - worst.size();
        if (rest > 0) {
            text.append(label("and")).append(rest).append(" more out of tolerance\n");
        }
    }

    private static String modeText(TensorReport tensor) {
        if (tensor.escalated()) {
            return "every element after " + tensor.directions() + " random directions disagreed";
        }
        if (tensor.mode() == Mode.DIRECTIONAL) {
            return tensor.directions() + " random directions";
        }
        return tensor.mode() == Mode.SAMPLED ? tensor.checkedCount() + " sampled elements" : "every element";
    }

    static String label(String name) {
        return String.format(Locale.ROOT, "  %-10s: ", name);
    }

    /**
     * Return the expected side of an IDE diff: every checked numeric value of the failing tensors.
     *
     * @return the text
     * @since 0.1
     */
    public String expected() {
        return side(true);
    }

    /**
     * Return the actual side of an IDE diff: the analytic values at the same positions.
     *
     * @return the text
     * @since 0.1
     */
    public String actual() {
        return side(false);
    }

    private String side(boolean numeric) {
        List<String> blocks = new ArrayList<>();
        for (TensorReport tensor : subjects()) {
            double[] values = numeric ? tensor.numeric() : tensor.analytic();
            int[] shape = tensor.complete() ? tensor.shape() : new int[] {values.length};
            blocks.add(tensor.path() + " " + Tensor.format(tensor.shape()) + "\n"
                    + ValueFormat.array(values, shape));
        }
        return String.join("\n", blocks);
    }
}
