/**
 * The annotation processor that validates {@code @Differentiable} classes at compile time and
 * generates their adapters and the layer index.
 *
 * @since 0.1
 */
package io.github.gradcheck.processor;
