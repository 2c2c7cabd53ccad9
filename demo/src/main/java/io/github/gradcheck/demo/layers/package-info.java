/**
 * Layers that map a batch of inputs to a batch of outputs: affine, activation, normalization,
 * regularization, convolution, pooling and recurrent layers.
 *
 * @since 0.1
 */
package io.github.gradcheck.demo.layers;
