package io.github.gradcheck.diagnose;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A pattern found in one or more tensors, before it becomes a {@link Hint}.
 *
 * @param kind       the pattern
 * @param tensors    the evidence of every tensor it concerns, failing order first
 * @param factor     the estimated factor as {@link HintKind} defines it, or NaN
 * @param residual   the relative residual of the fit that found it, or NaN when there is none
 * @param confidence a score in [0, 1]; hints are listed by decreasing score
 * @param message    the sentence for the hint
 */
record Finding(HintKind kind, List<TensorEvidence> tensors, double factor, double residual,
        double confidence, String message) {

    static Finding of(HintKind kind, TensorEvidence tensor, double factor, double residual,
            double confidence, String message) {

        return new Finding(kind, List.of(tensor), factor, residual, confidence, message);
    }

    static Finding of(HintKind kind, TensorEvidence tensor, double confidence, String message) {
        return of(kind, tensor, Double.NaN, Double.NaN, confidence, message);
    }

    Finding withConfidence(double score) {
        return new Finding(kind, tensors, factor, residual, score, message);
    }

    TensorEvidence tensor() {
        return tensors.get(0);
    }

    Hint toHint() {
        List<String> paths = tensors.stream().map(TensorEvidence::path).toList();
        OptionalDouble estimate = Double.isNaN(factor) ? OptionalDouble.empty()
                : OptionalDouble.of(factor);
        return new Hint(kind, paths, message, estimate);
    }
}
