package org.mlopsconsole.runtime.batch.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.batch.BatchScoringException;

/**
 * Parquet in and out through parquet-java's record API on local files: no Hadoop file system, no
 * Hadoop configuration and the runtime's own codecs ({@link PureJavaCodecs}). Columns are the
 * top-level fields; a flat number, boolean or string field is a feature, a repeated one an array.
 */
final class ParquetRows {

    private ParquetRows() {}

    private static PlainParquetConfiguration configuration() {
        return new PlainParquetConfiguration();
    }

    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, configuration());
            withCodecFactory(new PureJavaCodecs());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }

    static final class Reader implements RowReader {

        private final MessageType schema;
        private final long total;
        private final ParquetReader<Group> rows;
        private final List<String> columns = new ArrayList<>();
        private long row;

        Reader(Path file) throws IOException {
            ParquetReadOptions options = ParquetReadOptions.builder(configuration())
                    .withCodecFactory(new PureJavaCodecs())
                    .build();
            try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(file), options)) {
                schema = reader.getFileMetaData().getSchema();
                total = Math.max(1, reader.getRecordCount());
            } catch (RuntimeException e) {
                throw new BatchScoringException(
                        file + " is not a Parquet file parquet-java can read: " + e.getMessage(), e);
            }
            schema.getFields().forEach(field -> columns.add(field.getName()));
            rows = new GroupReader(new LocalInputFile(file)).build();
        }

        MessageType schema() {
            return schema;
        }

        @Override
        public List<String> columns() {
            return List.copyOf(columns);
        }

        @Override
        public Optional<SourceRow> next() throws IOException {
            Group group = rows.read();
            if (group == null) {
                return Optional.empty();
            }
            row++;
            Object[] cells = new Object[columns.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(group, i);
            }
            return Optional.of(new SourceRow(row, cells, group, Optional.empty()));
        }

        private Object cell(Group group, int field) {
            Type type = schema.getType(field);
            int count = group.getFieldRepetitionCount(field);
            if (!type.isPrimitive()) {
                return count == 0 ? null : "a nested group";
            }
            if (type.isRepetition(Type.Repetition.REPEATED)) {
                List<Object> values = new ArrayList<>();
                for (int r = 0; r < count; r++) {
                    values.add(primitive(group, field, r, type.asPrimitiveType()));
                }
                return values;
            }
            return count == 0 ? null : primitive(group, field, 0, type.asPrimitiveType());
        }

        private static Object primitive(Group group, int field, int index, PrimitiveType type) {
            LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
            return switch (type.getPrimitiveTypeName()) {
                case INT32 ->
                    logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation
                            ? (Object) (long) group.getInteger(field, index)
                            : "a " + logical + " value";
                case INT64 ->
                    logical == null || logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation
                            ? (Object) group.getLong(field, index)
                            : "a " + logical + " value";
                case FLOAT -> (double) group.getFloat(field, index);
                case DOUBLE -> group.getDouble(field, index);
                case BOOLEAN -> group.getBoolean(field, index);
                case BINARY ->
                    logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
                                    || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                            ? group.getString(field, index)
                            : "binary data";
                default -> "a " + type.getPrimitiveTypeName() + " value";
            };
        }

        @Override
        public double fraction() {
            return Math.min(1.0, row / (double) total);
        }

        @Override
        public void close() throws IOException {
            rows.close();
        }
    }

    static final class Writer implements RowWriter {

        private final MessageType schema;
        private final int inputFields;
        private final SimpleGroupFactory groups;
        private final ParquetWriter<Group> out;

        Writer(Path file, MessageType input, List<OutputColumn> outputs) throws IOException {
            Types.MessageTypeBuilder builder = Types.buildMessage();
            input.getFields().forEach(builder::addField);
            for (OutputColumn output : outputs) {
                for (String name : output.flatNames()) {
                    builder.addField(outputField(output.datatype(), name));
                }
            }
            schema = builder.named(input.getName());
            inputFields = input.getFieldCount();
            groups = new SimpleGroupFactory(schema);
            out = ExampleParquetWriter.builder(new LocalOutputFile(file))
                    .withConf(configuration())
                    .withType(schema)
                    .withCodecFactory(new PureJavaCodecs())
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .build();
        }

        private static Type outputField(DataType type, String name) {
            return switch (type) {
                case FP32 -> Types.optional(PrimitiveTypeName.FLOAT).named(name);
                case FP64 -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
                case INT64 -> Types.optional(PrimitiveTypeName.INT64).named(name);
                case INT32 -> Types.optional(PrimitiveTypeName.INT32).named(name);
                case BOOL -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
                default ->
                    Types.optional(PrimitiveTypeName.BINARY)
                            .as(LogicalTypeAnnotation.stringType())
                            .named(name);
            };
        }

        @Override
        public void write(SourceRow row, OutputBlock outputs, int index) throws IOException {
            Group source = (Group) row.original();
            Group target = groups.newGroup();
            for (int field = 0; field < inputFields; field++) {
                copy(source, target, field);
            }
            int field = inputFields;
            for (int c = 0; c < outputs.columns().size(); c++) {
                for (int j = 0; j < outputs.columns().get(c).width(); j++) {
                    append(target, field++, outputs.value(c, index, j));
                }
            }
            out.write(target);
        }

        private void copy(Group source, Group target, int field) {
            Type type = schema.getType(field);
            for (int r = 0; r < source.getFieldRepetitionCount(field); r++) {
                if (!type.isPrimitive()) {
                    target.add(field, source.getGroup(field, r));
                    continue;
                }
                switch (type.asPrimitiveType().getPrimitiveTypeName()) {
                    case INT32 -> target.add(field, source.getInteger(field, r));
                    case INT64 -> target.add(field, source.getLong(field, r));
                    case FLOAT -> target.add(field, source.getFloat(field, r));
                    case DOUBLE -> target.add(field, source.getDouble(field, r));
                    case BOOLEAN -> target.add(field, source.getBoolean(field, r));
                    case INT96 -> target.add(field, source.getInt96(field, r));
                    default -> target.add(field, source.getBinary(field, r));
                }
            }
        }

        private static void append(Group target, int field, Object value) {
            if (value instanceof Float f) {
                target.add(field, f);
            } else if (value instanceof Double d) {
                target.add(field, d);
            } else if (value instanceof Long l) {
                target.add(field, l);
            } else if (value instanceof Integer i) {
                target.add(field, i);
            } else if (value instanceof Boolean b) {
                target.add(field, b);
            } else {
                target.add(field, value.toString());
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
