package io.github.gradcheck.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.gradcheck.api.Dimensions;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One generated check case: a size for every dimension and an argument for every forward input.
 *
 * @param dimensions the sizes, never null
 * @param inputs     one array per forward parameter, in order, never null; the arrays are owned
 *                   by the case and may be mutated by a check
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GeneratedCase(Dimensions dimensions, List<Object> inputs) {

    /**
     * Return the inputs as a fresh argument array.
     *
     * @return one element per forward parameter
     * @since 0.1
     */
    public Object[] arguments() {
        return inputs.toArray();
    }

    @Override
    public String toString() {
        Object[] types = inputs.stream().map(input -> input.getClass().getSimpleName()).toArray();
        return "GeneratedCase" + dimensions + Arrays.toString(types);
    }
}
