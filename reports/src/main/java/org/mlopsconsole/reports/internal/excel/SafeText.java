package org.mlopsconsole.reports.internal.excel;

/** Text that a spreadsheet could take for a formula (or a CSV-injection payload) when edited. */
public final class SafeText {

    /** Excel's cell limit; longer notes are cut rather than refused. */
    public static final int MAX_CELL_LENGTH = 32_767;

    private SafeText() {}

    /** True for text starting with =, +, -, @, tab or carriage return. */
    public static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public static String fitCell(String text) {
        return text.length() <= MAX_CELL_LENGTH ? text : text.substring(0, MAX_CELL_LENGTH - 1) + "…";
    }
}
