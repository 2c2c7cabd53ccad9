package io.github.gradcheck.processor.diagnostic;

import java.util.Objects;

/**
 * Text of one processor diagnostic: its code, the rule as it applies to the element, the way to
 * comply and an optional detail, such as a stack trace, printed on the following lines.
 *
 * @param code   the rule's code, never null
 * @param rule   a sentence fragment stating what is wrong, never null
 * @param fix    a sentence fragment stating how to comply, or the empty string for a note
 * @param detail further lines, or the empty string
 * @since 0.1
 */
public record DiagnosticMessage(DiagnosticCode code, String rule, String fix, String detail) {

    /**
     * Validate the components.
     *
     * @param code   the rule's code, never null
     * @param rule   a sentence fragment stating what is wrong, never null
     * @param fix    a sentence fragment stating how to comply, or the empty string for a note
     * @param detail further lines, or the empty string
     * @since 0.1
     */
    public DiagnosticMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(detail, "detail");
    }

    static DiagnosticMessage of(DiagnosticCode code, String rule, String fix) {
        return new DiagnosticMessage(code, rule, fix, "");
    }

    /**
     * Render the message as the compiler prints it: the summary, then the detail on the
     * following lines.
     *
     * @return the full text, never null
     * @since 0.1
     */
    public String text() {
        return detail.isEmpty() ? summary() : summary() + System.lineSeparator() + detail;
    }

    /**
     * Render the first line, {@code [Code] rule; fix.}, without the detail.
     *
     * @return the summary, never null
     * @since 0.1
     */
    public String summary() {
        var summary = new StringBuilder("[").append(code.label()).append("] ").append(rule);
        if (!fix.isEmpty()) {
            summary.append("; ").append(fix);
        }
        return summary.append('.').toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
