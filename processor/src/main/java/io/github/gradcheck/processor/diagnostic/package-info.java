/**
 * Codes and text of every diagnostic the processor prints, kept in one place so that tests
 * compare against the same text the compiler shows.
 *
 * <p>Each message reads {@code [Code] rule; fix.}: a stable code in brackets, the rule as it
 * applies to the offending element, and how to comply.
 *
 * @since 0.1
 */
package io.github.gradcheck.processor.diagnostic;
