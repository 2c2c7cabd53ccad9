/**
 * JMH benchmarks of the checker on the demo layers, and the fixtures they need.
 *
 * <p>Only the Maven profile {@code benchmarks} compiles and runs this package; the results and the
 * command that produced them are in {@code docs/BENCHMARKS.md}.
 *
 * @since 0.1
 */
package io.github.gradcheck.demo.bench;
