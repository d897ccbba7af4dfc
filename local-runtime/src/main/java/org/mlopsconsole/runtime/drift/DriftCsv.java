package org.mlopsconsole.runtime.drift;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.runtime.drift.internal.CsvColumns;
import org.mlopsconsole.runtime.drift.internal.CsvTable;

/**
 * Reads drift samples from CSV files (RFC 4180, UTF-8): a header row of distinct column names,
 * then rows with a value for each column. Surrounding spaces are trimmed, blank lines skipped,
 * and an empty cell is a missing value.
 *
 * <p>A column's type is the one declared, else the type of its first value (the reference's
 * first): a plain decimal number ({@code 12}, {@code -0.5}, {@code 1e-3}) makes it numeric,
 * anything else categorical. A value of the other kind later in the column, in either file, is an
 * error at its cell; declaring the column categorical compares every value as a category.
 * Problems are {@link DriftInputException}s naming the file, line and column.
 */
public final class DriftCsv {

    private DriftCsv() {}

    /** A reference file and a current file, read together so both have the same columns and types. */
    public record Datasets(DriftReference reference, DriftSample current) {}

    /**
     * Both files; they must have the same columns (in any order).
     *
     * @param declared types for some columns, overriding the rule above
     */
    public static Datasets read(Path reference, Path current, Map<String, FeatureType> declared) {
        List<DriftSample> samples =
                CsvColumns.samples(List.of(CsvTable.read(reference), CsvTable.read(current)), declared);
        return new Datasets(DriftReference.of(reference.toString(), samples.get(0)), samples.get(1));
    }

    /** One file, its types decided from its own values (a reference for logged requests, say). */
    public static DriftSample read(Path file, Map<String, FeatureType> declared) {
        return CsvColumns.samples(List.of(CsvTable.read(file)), declared).get(0);
    }
}
