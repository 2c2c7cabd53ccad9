package io.github.gradcheck.junit;

import io.github.gradcheck.api.Dimensions;
import io.github.gradcheck.generate.Rounding;

/**
 * The arguments of one try, with the seeds that regenerate them.
 *
 * @param index       the try, counted from 0
 * @param trySeed     the seed of the try, derived from the run's seed
 * @param attemptSeed the seed of the accepted draw, derived from the try's seed
 * @param rejected    the number of draws a layer constructor rejected before this one
 * @param dimensions  the sizes of the try
 * @param rounding    how far the generated values were simplified
 * @param arguments   one value per method parameter; null where another resolver supplies it
 */
record PropertyCase(int index, long trySeed, long attemptSeed, int rejected, Dimensions dimensions,
        Rounding rounding, Object[] arguments) {
}
