package org.mlopsconsole.runtime.batch.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines in and out: one object per line. The columns are the keys of the first object; a
 * later row without one of them lacks that feature.
 */
final class JsonLinesRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLinesRows() {}

    static final class Reader implements RowReader {

        private final long size;
        private final CountingInputStream counted;
        private final BufferedReader lines;
        private long line;
        private List<String> columns;
        private final java.util.ArrayDeque<SourceRow> pending = new java.util.ArrayDeque<>();

        Reader(Path file) throws IOException {
            size = Math.max(1, Files.size(file));
            counted = new CountingInputStream(Files.newInputStream(file));
            lines = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8));
        }

        @Override
        public List<String> columns() throws IOException {
            // The first object that parses names the columns; lines before it are bad rows as usual.
            while (columns == null) {
                String text = lines.readLine();
                if (text == null) {
                    columns = List.of();
                    break;
                }
                line++;
                if (text.isBlank()) {
                    continue;
                }
                ObjectNode object = parse(text);
                if (object == null) {
                    pending.add(SourceRow.bad(line, problem(text)));
                } else {
                    List<String> names = new ArrayList<>();
                    object.fieldNames().forEachRemaining(names::add);
                    columns = List.copyOf(names);
                    pending.add(row(object));
                }
            }
            return columns;
        }

        @Override
        public Optional<SourceRow> next() throws IOException {
            columns();
            if (!pending.isEmpty()) {
                return Optional.of(pending.poll());
            }
            String text;
            while ((text = lines.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                ObjectNode object = parse(text);
                return Optional.of(object == null ? SourceRow.bad(line, problem(text)) : row(object));
            }
            return Optional.empty();
        }

        private SourceRow row(ObjectNode object) {
            Object[] cells = new Object[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(object.get(columns.get(i)));
            }
            return new SourceRow(line, cells, object, Optional.empty());
        }

        private static Object cell(JsonNode node) {
            if (node == null || node.isNull()) {
                return null;
            }
            if (node.isNumber()) {
                return node.numberValue();
            }
            if (node.isTextual()) {
                return node.textValue();
            }
            if (node.isBoolean()) {
                return node.booleanValue();
            }
            if (node.isArray()) {
                List<Object> values = new ArrayList<>();
                node.forEach(element -> values.add(cell(element)));
                return values;
            }
            return node.toString();
        }

        private static ObjectNode parse(String text) {
            try {
                return JSON.readTree(text) instanceof ObjectNode object ? object : null;
            } catch (JsonProcessingException e) {
                return null;
            }
        }

        private static String problem(String text) {
            try {
                JsonNode node = JSON.readTree(text);
                return "a JSON " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                        + ", not an object with the row's columns";
            } catch (JsonProcessingException e) {
                return "not valid JSON: " + e.getOriginalMessage();
            }
        }

        @Override
        public double fraction() {
            return Math.min(1.0, counted.count() / (double) size);
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }

    static final class Writer implements RowWriter {

        private final BufferedWriter out;

        Writer(Path file) throws IOException {
            out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        }

        @Override
        public void write(SourceRow row, OutputBlock outputs, int index) throws IOException {
            ObjectNode object = ((ObjectNode) row.original()).deepCopy();
            for (int c = 0; c < outputs.columns().size(); c++) {
                OutputColumn column = outputs.columns().get(c);
                if (column.width() == 1) {
                    object.set(column.name(), JSON.valueToTree(outputs.value(c, index, 0)));
                } else {
                    ArrayNode values = object.putArray(column.name());
                    for (int j = 0; j < column.width(); j++) {
                        values.add(JSON.<JsonNode>valueToTree(outputs.value(c, index, j)));
                    }
                }
            }
            out.write(JSON.writeValueAsString(object));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
