package org.mlopsconsole.runtime.drift.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mlopsconsole.runtime.drift.DriftInputException;

/** A CSV file read whole: its header and its rows, each with the line it starts on. */
public record CsvTable(Path file, List<String> header, List<Row> rows) {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row: its cells, trimmed, and the line it starts on. */
    public record Row(long line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Reads {@code file}: a header row of distinct names, then rows as long as the header. */
    public static CsvTable read(Path file) {
        List<Row> lines = parse(file);
        if (lines.isEmpty()) {
            throw DriftInputException.inFile(file, "the file is empty; a header row naming the columns comes first");
        }
        List<String> header = checkedHeader(file, lines.get(0));
        List<Row> rows = lines.subList(1, lines.size());
        for (Row row : rows) {
            if (row.cells().size() != header.size()) {
                throw DriftInputException.atLine(
                        file,
                        row.line(),
                        row.cells().size() + " value(s), but the header has " + header.size() + " columns");
            }
        }
        if (rows.isEmpty()) {
            throw DriftInputException.inFile(file, "a header but no rows");
        }
        return new CsvTable(file, header, rows);
    }

    /** The 0-based index of each column. */
    public Map<String, Integer> columnIndex() {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.put(header.get(i), i);
        }
        return index;
    }

    /** Rows with the line each starts on (Jackson's current location when it opens the row). */
    private static List<Row> parse(Path file) {
        List<Row> rows = new ArrayList<>();
        long line = 1;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CsvParser parser = (CsvParser) CSV.createParser(reader)) {
            List<String> cells = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    line = parser.currentLocation().getLineNr();
                    cells = new ArrayList<>();
                } else if (token == JsonToken.END_ARRAY) {
                    rows.add(new Row(line, cells));
                } else {
                    cells.add(parser.getText());
                }
            }
            return rows;
        } catch (JsonProcessingException e) {
            throw DriftInputException.atLine(file, line, "not valid CSV: " + e.getOriginalMessage());
        } catch (NoSuchFileException e) {
            throw DriftInputException.inFile(file, "no such file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> checkedHeader(Path file, Row first) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < first.cells().size(); i++) {
            String name = i == 0
                    ? stripByteOrderMark(first.cells().get(i))
                    : first.cells().get(i);
            if (name.isEmpty()) {
                throw DriftInputException.atLine(
                        file, first.line(), "column " + (i + 1) + " of the header has no name");
            }
            Integer before = seen.putIfAbsent(name, i + 1);
            if (before != null) {
                throw DriftInputException.atLine(
                        file,
                        first.line(),
                        "the header names '" + name + "' twice (columns " + before + " and " + (i + 1) + ")");
            }
            names.add(name);
        }
        return names;
    }

    private static String stripByteOrderMark(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1).trim() : cell;
    }
}
