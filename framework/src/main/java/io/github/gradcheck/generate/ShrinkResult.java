package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Outcome of shrinking a failing case: the original and the smallest failing case, and how
 * many candidates it took.
 *
 * @param seed            the seed both cases are generated from
 * @param original        the sizes of the original failing case, never null
 * @param minimal         the sizes of the smallest failing case found, never null
 * @param rounding        how far the minimal case's values were simplified, never null
 * @param originalFailure the failure of the original case, never null
 * @param minimalFailure  the failure of the minimal case, never null
 * @param attempts        the number of candidate cases run
 * @param accepted        the number of candidates that still failed and became the new minimum
 * @param <C>             the failure record, such as a report or an exception
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ShrinkResult<C>(long seed, Dimensions original, Dimensions minimal, Rounding rounding,
        C originalFailure, C minimalFailure, int attempts, int accepted) {

    /**
     * Tell whether the minimal case differs from the original.
     *
     * @return {@code true} when a dimension shrank or the values were simplified
     * @since 0.1
     */
    public boolean shrunk() {
        return accepted > 0;
    }

    /**
     * Describe the shrinking for a failure message, one labelled line per fact: the original and
     * minimal dimensions, the values and the candidates tried. The seed is left to the message
     * that embeds these lines, as it prints the seed with its rerun line.
     *
     * @return the lines, each ending in {@code \n}
     * @since 0.1
     */
    public String describe() {
        return label("original") + original + '\n'
                + label("minimal") + minimal + '\n'
                + label("values") + rounding.describe() + '\n'
                + label("shrinking") + attempts + " candidate" + (attempts == 1 ? "" : "s") + " tried, " + accepted
                + " accepted\n";
    }

    private static String label(String name) {
        return String.format(Locale.ROOT, "  %-10s: ", name);
    }
}
