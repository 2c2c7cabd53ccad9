package io.github.gradcheck.diagnose;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * Likely cause of a failed gradient check, recognised from the numbers and stated with its
 * evidence.
 *
 * @param kind    the recognised pattern, never null
 * @param paths   the gradient paths it concerns, such as {@code dW} or {@code hidden.db}, never
 *                null or empty
 * @param message one sentence naming the pattern and the numbers behind it, never null
 * @param factor  the estimated factor, whose meaning {@link HintKind} documents per kind; empty
 *                when the kind has none
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Hint(HintKind kind, List<String> paths, String message, OptionalDouble factor) {

    /**
     * Create a hint, copying the paths.
     *
     * @throws IllegalArgumentException if {@code paths} is empty
     * @since 0.1
     */
    public Hint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(factor, "factor");
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("Cannot create a [" + kind + "] hint without a "
                    + "tensor path; name at least one gradient path.");
        }
    }

    /**
     * Return the first path, the tensor the hint is mainly about.
     *
     * @return a gradient path such as {@code dW}
     * @since 0.1
     */
    public String path() {
        return paths.get(0);
    }
}
