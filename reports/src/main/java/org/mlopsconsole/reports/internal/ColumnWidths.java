package org.mlopsconsole.reports.internal;

import java.util.List;

/**
 * Shares a table's width between its columns by what they hold: each column gets at least its
 * longest word (so no word breaks) and otherwise as much as its longest cell, capped so that one
 * long column cannot squeeze the others into one word a line.
 */
public final class ColumnWidths {

    /** Characters beyond which a cell wraps rather than widens its column. */
    private static final int WRAP_AT = 60;

    private ColumnWidths() {}

    /** The fraction of the width each column gets, summing to 1; {@code rows} starts with the header. */
    public static float[] fractions(List<String[]> rows) {
        int columns = rows.get(0).length;
        float[] weights = new float[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                weights[c] = Math.max(weights[c], weight(row[c]));
            }
        }
        float total = 0;
        for (float weight : weights) {
            total += weight;
        }
        float[] fractions = new float[columns];
        for (int c = 0; c < columns; c++) {
            fractions[c] = weights[c] / total;
        }
        return fractions;
    }

    /**
     * A cell's width in characters: its longest word plus room for the cell's padding and a bold
     * header's wider letters, or its length up to {@link #WRAP_AT}.
     */
    private static float weight(String cell) {
        int longestWord = 0;
        for (String word : cell.split("\\s+")) {
            longestWord = Math.max(longestWord, word.length());
        }
        return Math.max(longestWord * 1.15f + 3, Math.min(cell.length(), WRAP_AT) + 2);
    }
}
