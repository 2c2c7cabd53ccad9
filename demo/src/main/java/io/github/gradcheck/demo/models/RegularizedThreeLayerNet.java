package io.github.gradcheck.demo.models;

import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;

/**
 * {@link ThreeLayerNet} with the L2 penalty switched on at λ = 0.7.
 *
 * <p>It declares the class-level dimension bound again because {@link Dim} is not inherited.
 *
 * @since 0.1
 */
@Differentiable
@Dim(value = "out", min = 1, max = 1)
public class RegularizedThreeLayerNet extends ThreeLayerNet {

    /**
     * Strength λ that this network's constructor sets.
     *
     * @since 0.1
     */
    public static final double DEFAULT_LAMBDA = 0.7;

    /**
     * Create the network with λ = {@value #DEFAULT_LAMBDA}.
     *
     * @param in      the number of input features, at least 1
     * @param hidden1 the width of the first hidden layer, at least 1
     * @param hidden2 the width of the second hidden layer, at least 1
     * @since 0.1
     */
    public RegularizedThreeLayerNet(@Dim("in") int in, @Dim("hidden1") int hidden1,
            @Dim("hidden2") int hidden2) {

        super(in, hidden1, hidden2);
        lambda = DEFAULT_LAMBDA;
    }
}
