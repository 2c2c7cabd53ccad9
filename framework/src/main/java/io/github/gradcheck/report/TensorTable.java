package io.github.gradcheck.report;

import io.github.gradcheck.check.GradientReport;
import io.github.gradcheck.check.TensorReport;
import io.github.gradcheck.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The per-tensor table of a failure message: failing tensors first, then the rest in declaration order. */
final class TensorTable {

    private static final String ROW = "  %-4s %-16s %-12s %-15s %-11s %-8s %-10s %s%n";

    private final GradientReport report;

    private TensorTable(GradientReport report) {
        this.report = report;
    }

    static TensorTable of(GradientReport report) {
        return new TensorTable(report);
    }

    String create() {
        List<TensorReport> rows = new ArrayList<>(report.failures());
        report.tensors().stream().filter(TensorReport::passed).forEach(rows::add);
        int width = rows.stream().mapToInt(tensor -> tensor.path().length()).max().orElse(6);
        String row = ROW.replace("%-16s", "%-" + Math.max(width, 6) + "s");
        var text = new StringBuilder();
        text.append(String.format(Locale.ROOT, row, "", "tensor", "shape", "rel. diff", "band", "checked",
                "mismatch", "kinks"));
        for (TensorReport tensor : rows) {
            text.append(String.format(Locale.ROOT, row, tensor.passed() ? "ok" : "FAIL", tensor.path(),
                    Tensor.format(tensor.shape()), ValueFormat.format(tensor.relativeDifference()),
                    tensor.band().label(), tensor.checkedCount(), tensor.mismatchCount(), tensor.kinkCount()));
        }
        return text.toString();
    }
}
