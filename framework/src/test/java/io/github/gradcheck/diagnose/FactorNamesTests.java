package io.github.gradcheck.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FactorNamesTests {

    private static final FactorNames NAMES = new FactorNames(sizes("batch", 2, "height", 3, "width", 3, "in", 1));

    @Test
    void singleDimensionComesFirst() {
        var names = new FactorNames(sizes("batch", 3, "hidden", 9));

        assertThat(names.name(3.0)).hasValue("the size of batch");
        assertThat(names.name(9.0)).hasValue("the size of hidden");
    }

    @Test
    void productsOfTwoAndThreeAreNamed() {
        assertThat(NAMES.name(6.0)).hasValue("the product batch·height or batch·width");
        assertThat(NAMES.name(18.0)).hasValue("the product batch·height·width");
    }

    @Test
    void equalSizesAreListedAsAlternatives() {
        assertThat(NAMES.name(3.0)).hasValue("the size of height or of width");
    }

    @Test
    void matchAllowsOneThousandthRelative() {
        assertThat(NAMES.name(18.0 * (1 + 0.9e-3))).isPresent();
        assertThat(NAMES.name(18.0 * (1 + 1.1e-3))).isEmpty();
    }

    @Test
    void dimensionsOfSizeOneNameNothing() {
        assertThat(NAMES.name(1.0)).isEmpty();
        assertThat(NAMES.single(1)).isEmpty();
    }

    @Test
    void magnitudeTurnsReciprocalIntoMultiple() {
        assertThat(FactorNames.magnitude(1.0 / 18)).isEqualTo(18.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(FactorNames.magnitude(-3.0)).isEqualTo(3.0);
    }

    @Test
    void singleRequiresUniqueSize() {
        assertThat(NAMES.single(2)).hasValue("batch");
        assertThat(NAMES.single(3)).isEmpty();
    }

    @Test
    void formatWritesIntegersPlainly() {
        assertThat(FactorNames.format(3.0000001)).isEqualTo("3");
        assertThat(FactorNames.format(2.5)).isEqualTo("+2.500000e+00");
    }

    private static Map<String, Integer> sizes(Object... pairs) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            sizes.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return sizes;
    }
}
