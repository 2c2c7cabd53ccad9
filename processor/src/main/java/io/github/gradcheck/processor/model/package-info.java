/**
 * Validated metadata of {@code @Differentiable} classes, the input of adapter generation.
 *
 * <p>The types here hold names and types as plain values, never compiler elements, so a model
 * stays valid after the processing round that built it.
 *
 * @since 0.1
 */
package io.github.gradcheck.processor.model;
