package io.github.gradcheck.processor;

/**
 * Builder of Java source text, line by line, with four-space indentation.
 */
final class SourceBuilder {

    private static final String INDENT = "    ";

    private final StringBuilder text = new StringBuilder();
    private int depth;

    SourceBuilder line(String line) {
        if (!line.isEmpty()) {
            text.append(INDENT.repeat(depth)).append(line);
        }
        text.append('\n');
        return this;
    }

    /** Append a line that ends in an opening brace and indent what follows. */
    SourceBuilder open(String line) {
        line(line + " {");
        depth++;
        return this;
    }

    /** Close the innermost brace, followed by a suffix such as {@code ;}. */
    SourceBuilder close(String suffix) {
        depth--;
        return line("}" + suffix);
    }

    SourceBuilder close() {
        return close("");
    }

    /**
     * Quote a string as a Java literal. Control characters become octal escapes and non-ASCII
     * characters Unicode escapes, so the literal survives any source encoding. A Unicode escape
     * of a line break or quote would end the literal, because the compiler translates those
     * escapes before it reads string literals, but such characters never reach that branch.
     */
    static String literal(String value) {
        var literal = new StringBuilder("\"");
        for (char character : value.toCharArray()) {
            if (character == '"' || character == '\\') {
                literal.append('\\').append(character);
            } else if (character < 0x20 || character == 0x7f) {
                literal.append(String.format("\\%03o", (int) character));
            } else if (character > 0x7e) {
                literal.append(String.format("\\u%04x", (int) character));
            } else {
                literal.append(character);
            }
        }
        return literal.append('"').toString();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
