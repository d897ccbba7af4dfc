package org.mlopsconsole.runtime.batch.internal;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.runtime.batch.BatchScoringException;

/** CSV in and out: a header row, then rows as long as the header; quoting as RFC 4180. */
final class CsvRows {

    /** Without a schema each row reads as an array of strings, each with the line it starts on. */
    /** An empty text goes out quoted (""), a missing value as nothing: each reopens as it was read. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS)
            .build();

    private CsvRows() {}

    /**
     * Reads RFC 4180 rows itself, counting physical lines, so a row's line is where it starts even
     * after blank lines or quoted line breaks (Jackson's CSV parser does not count skipped lines).
     */
    static final class Reader implements RowReader {

        private final long size;
        private final CountingInputStream counted;
        private final java.io.Reader in;
        private final List<String> header;
        private long line = 1;
        private int peeked = -2;
        /** Which cells of the row just read were quoted. */
        private final BitSet quotedCells = new BitSet();

        Reader(Path file) throws IOException {
            size = Math.max(1, Files.size(file));
            counted = new CountingInputStream(Files.newInputStream(file));
            in = new java.io.BufferedReader(new java.io.InputStreamReader(counted, StandardCharsets.UTF_8));
            Optional<List<String>> first = nextCells();
            if (first.isEmpty()) {
                throw new BatchScoringException(file + " is empty; a header row naming the columns comes first");
            }
            List<String> names = first.get();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).trim();
                if (name.isEmpty()) {
                    throw new BatchScoringException(file + " line 1: column " + (i + 1) + " of the header has no name");
                }
                if (!seen.add(name)) {
                    throw new BatchScoringException(file + " line 1: the header names '" + name + "' twice");
                }
                names.set(i, name);
            }
            header = List.copyOf(names);
        }

        @Override
        public List<String> columns() {
            return header;
        }

        @Override
        public Optional<SourceRow> next() throws IOException {
            long start;
            List<String> cells;
            do {
                start = line;
                Optional<List<String>> read = nextCells();
                if (read.isEmpty()) {
                    return Optional.empty();
                }
                cells = read.get();
            } while (cells.size() == 1 && cells.get(0).isEmpty());
            if (cells.size() != header.size()) {
                return Optional.of(SourceRow.bad(
                        start, cells.size() + " value(s), but the header has " + header.size() + " columns"));
            }
            String[] values = cells.toArray(String[]::new);
            // an empty cell is a missing value; a quoted one ("") is an empty text, as RFC 4180 reads it
            for (int i = 0; i < values.length; i++) {
                values[i] = values[i].isEmpty() && !quotedCells.get(i) ? null : values[i];
            }
            return Optional.of(new SourceRow(start, values.clone(), values, Optional.empty()));
        }

        /** One row's cells, empty at the end of the file; quotes may hold commas and line breaks. */
        private Optional<List<String>> nextCells() throws IOException {
            int c = read();
            if (c < 0) {
                return Optional.empty();
            }
            List<String> cells = new ArrayList<>();
            quotedCells.clear();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            while (true) {
                if (quoted) {
                    if (c < 0) {
                        break;
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = after;
                            continue;
                        }
                    } else {
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.isEmpty()) {
                    quoted = true;
                    quotedCells.set(cells.size());
                } else if (c == ',') {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else if (c == '\n' || c < 0) {
                    break;
                } else if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                    break;
                } else {
                    cell.append((char) c);
                }
                c = read();
            }
            cells.add(cell.toString());
            return Optional.of(cells);
        }

        private int read() throws IOException {
            int c = peeked != -2 ? peeked : in.read();
            peeked = -2;
            if (c == '\n') {
                line++;
            }
            return c;
        }

        private void unread(int c) {
            if (c == '\n') {
                line--;
            }
            peeked = c;
        }

        @Override
        public double fraction() {
            return Math.min(1.0, counted.count() / (double) size);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    static final class Writer implements RowWriter {

        private final SequenceWriter rows;

        Writer(Path file, List<String> inputColumns, List<OutputColumn> outputs) throws IOException {
            BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            rows = CSV.writer().writeValues(out);
            List<String> header = new ArrayList<>(inputColumns);
            outputs.forEach(output -> header.addAll(output.flatNames()));
            rows.write(header);
        }

        @Override
        public void write(SourceRow row, OutputBlock outputs, int index) throws IOException {
            List<String> cells = new ArrayList<>(Arrays.asList((String[]) row.original()));
            for (int c = 0; c < outputs.columns().size(); c++) {
                for (int j = 0; j < outputs.columns().get(c).width(); j++) {
                    cells.add(String.valueOf(outputs.value(c, index, j)));
                }
            }
            rows.write(cells);
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }
}
