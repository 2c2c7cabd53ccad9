/**
 * Whole networks trained on a loss: a model built from {@link io.github.gradcheck.api.Layer}
 * fields and single-class models whose parameters sit directly in the class.
 *
 * @since 0.1
 */
package io.github.gradcheck.demo.models;
