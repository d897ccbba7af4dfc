package org.mlopsconsole.assessment;

import java.util.Locale;

/**
 * One problem in an input file: where it is (file, JSON pointer, 1-based line and column) and what
 * is wrong. The pointer is empty for the document root.
 */
public record ValidationError(String file, String pointer, int line, int column, String message) {

    /** {@code file:line:column: pointer: message}, the form editors and terminals link. */
    @Override
    public String toString() {
        String where = pointer.isEmpty() ? "(root)" : pointer;
        return String.format(Locale.ROOT, "%s:%d:%d: %s: %s", file, line, column, where, message);
    }
}
