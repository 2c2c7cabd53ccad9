/**
 * Loss layers, whose forward pass returns a {@code double} and whose backward pass takes no
 * upstream gradient.
 *
 * @since 0.1
 */
package io.github.gradcheck.demo.losses;
