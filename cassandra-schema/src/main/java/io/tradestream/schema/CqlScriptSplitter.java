package io.tradestream.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CQL script into statements at the {@code ;} that ends each one.
 *
 * <p>Comments ({@code --} and {@code //} to the end of the line, {@code /* ... *}{@code /}) are
 * dropped. A {@code ;} inside a string literal ({@code '...'} with {@code ''} as escape), a quoted
 * identifier ({@code "..."}) or a dollar-quoted literal ({@code $$...$$}) does not end a statement.
 * A last statement without a terminating {@code ;} is accepted.
 */
public final class CqlScriptSplitter {

    private CqlScriptSplitter() {}

    /**
     * @throws IllegalArgumentException if a literal, a quoted identifier or a block comment is not
     *     closed
     */
    public static List<CqlStatement> split(String script) {
        return new Scan(script).run();
    }

    /** One pass over the script; holds the cursor and the statement being collected. */
    private static final class Scan {
        private final String text;
        private final List<CqlStatement> statements = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private int pos;
        private int line = 1;
        private int statementLine = -1;

        Scan(String script) {
            this.text = script.replace("\r\n", "\n").replace('\r', '\n');
        }

        List<CqlStatement> run() {
            while (pos < text.length()) {
                char c = text.charAt(pos);
                if (startsWith("--") || startsWith("//")) {
                    skipToEndOfLine();
                } else if (startsWith("/*")) {
                    skipBlockComment();
                } else if (c == '\'' || c == '"') {
                    copyQuoted(String.valueOf(c));
                } else if (startsWith("$$")) {
                    copyQuoted("$$");
                } else if (c == ';') {
                    pos++;
                    endStatement();
                } else {
                    append(c);
                    pos++;
                }
            }
            endStatement();
            return List.copyOf(statements);
        }

        private boolean startsWith(String token) {
            return text.startsWith(token, pos);
        }

        private void append(char c) {
            if (statementLine < 0 && !Character.isWhitespace(c)) {
                statementLine = line;
            }
            if (c == '\n') {
                line++;
            }
            current.append(c);
        }

        private void skipToEndOfLine() {
            int end = text.indexOf('\n', pos);
            pos = end < 0 ? text.length() : end;
        }

        private void skipBlockComment() {
            int start = line;
            int end = text.indexOf("*/", pos + 2);
            if (end < 0) {
                throw new IllegalArgumentException("unclosed /* comment starting at line " + start);
            }
            // Keep the line count right and keep the words on either side apart.
            for (int i = pos; i < end; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            current.append(' ');
            pos = end + 2;
        }

        /**
         * Copies a quoted section verbatim. For single-character quotes a doubled quote is an
         * escaped quote and stays inside the section.
         */
        private void copyQuoted(String quote) {
            int start = line;
            for (char c : quote.toCharArray()) {
                append(c);
            }
            pos += quote.length();
            while (true) {
                if (pos >= text.length()) {
                    throw new IllegalArgumentException(
                            "unclosed " + quote + " starting at line " + start);
                }
                if (startsWith(quote)) {
                    pos += quote.length();
                    for (char c : quote.toCharArray()) {
                        append(c);
                    }
                    if (quote.length() == 1 && startsWith(quote)) {
                        append(quote.charAt(0));
                        pos++;
                        continue;
                    }
                    return;
                }
                append(text.charAt(pos));
                pos++;
            }
        }

        private void endStatement() {
            String cql = current.toString().strip();
            if (!cql.isEmpty()) {
                statements.add(new CqlStatement(statementLine, cql));
            }
            current.setLength(0);
            statementLine = -1;
        }
    }
}
