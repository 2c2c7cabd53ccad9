/**
 * A small neural-network library written the way a gradcheck user writes one: layers with
 * hand-written forward and backward passes, plain Java arrays, and gradcheck's annotations as
 * the only dependency.
 *
 * <p>Layers live in {@code layers}, losses in {@code losses} and whole networks in
 * {@code models}.
 *
 * @since 0.1
 */
package io.github.gradcheck.demo;
