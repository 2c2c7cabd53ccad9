package io.github.gradcheck.diagnose;

import io.github.gradcheck.report.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names a constant factor after the generated dimensions it equals: one dimension, or the
 * product of two or three, such as {@code batch·height·width}.
 */
final class FactorNames {

    /** Relative distance up to which a factor equals a dimension or a product of dimensions. */
    static final double MATCH = 1e-3;

    /** Largest number of alternative names listed when several products match. */
    private static final int ALTERNATIVES = 3;

    private final List<String> names = new ArrayList<>();
    private final List<Integer> sizes = new ArrayList<>();

    /** Keep the dimensions of size 2 and more, since a factor 1 needs no name. */
    FactorNames(Map<String, Integer> dimensions) {
        dimensions.forEach((name, size) -> {
            if (size >= 2) {
                names.add(name);
                sizes.add(size);
            }
        });
    }

    /**
     * Return the magnitude of a factor as a value of at least 1: the factor itself when its
     * magnitude is at least 1, else its reciprocal.
     */
    static double magnitude(double factor) {
        double absolute = Math.abs(factor);
        return absolute >= 1.0 ? absolute : 1.0 / absolute;
    }

    /** Tell whether a positive value is an integer within {@link #MATCH}. */
    static boolean isInteger(double value) {
        return Math.abs(value - Math.rint(value)) <= MATCH * value;
    }

    /** Format a magnitude as an integer when it is one, else in scientific notation. */
    static String format(double magnitude) {
        return isInteger(magnitude) ? Long.toString(Math.round(magnitude))
                : ValueFormat.format(magnitude);
    }

    /**
     * Name a magnitude after the dimensions whose size or product it equals, preferring single
     * dimensions over products of two and those over products of three.
     *
     * @param magnitude a value of at least 1
     * @return a phrase such as {@code the size of batch} or
     *         {@code the product batch·height·width}
     */
    Optional<String> name(double magnitude) {
        List<String> singles = new ArrayList<>();
        List<String> pairs = new ArrayList<>();
        List<String> triples = new ArrayList<>();
        int count = names.size();
        for (int i = 0; i < count; i++) {
            collect(singles, magnitude, sizes.get(i), names.get(i));
            for (int j = i + 1; j < count; j++) {
                collect(pairs, magnitude, sizes.get(i) * sizes.get(j),
                        names.get(i) + "·" + names.get(j));
                for (int l = j + 1; l < count; l++) {
                    collect(triples, magnitude, sizes.get(i) * sizes.get(j) * sizes.get(l),
                            names.get(i) + "·" + names.get(j) + "·" + names.get(l));
                }
            }
        }
        if (!singles.isEmpty()) {
            return Optional.of("the size of " + String.join(" or of ", limit(singles)));
        }
        List<String> products = pairs.isEmpty() ? triples : pairs;
        return products.isEmpty() ? Optional.empty()
                : Optional.of("the product " + String.join(" or ", limit(products)));
    }

    /** Return the one dimension of the given size, if exactly one has it. */
    Optional<String> single(int size) {
        int found = -1;
        for (int i = 0; i < sizes.size(); i++) {
            if (sizes.get(i) == size) {
                if (found >= 0) {
                    return Optional.empty();
                }
                found = i;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(names.get(found));
    }

    private static void collect(List<String> matches, double magnitude, long size, String name) {
        if (Math.abs(magnitude - size) <= MATCH * size) {
            matches.add(name);
        }
    }

    private static List<String> limit(List<String> matches) {
        return matches.subList(0, Math.min(matches.size(), ALTERNATIVES));
    }
}
