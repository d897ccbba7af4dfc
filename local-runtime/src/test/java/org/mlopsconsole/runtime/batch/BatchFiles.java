package org.mlopsconsole.runtime.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/** Input files made by the tests, and outputs reopened in their own format by an independent reader. */
final class BatchFiles {

    static final int FEATURES = 4;

    private BatchFiles() {}

    /** Gaussian features f0..f3, seeded, row by row. */
    static double[][] features(int rows, long seed) {
        Random random = new Random(seed);
        double[][] values = new double[rows][FEATURES];
        for (double[] row : values) {
            for (int f = 0; f < FEATURES; f++) {
                row[f] = Math.round(random.nextGaussian() * 1000) / 1000.0;
            }
        }
        return values;
    }

    /** id,f0,f1,f2,f3 with a header row. */
    static Path csv(Path file, double[][] rows) throws IOException {
        StringBuilder text = new StringBuilder("id,f0,f1,f2,f3\n");
        for (int i = 0; i < rows.length; i++) {
            text.append("row-").append(i);
            for (double value : rows[i]) {
                text.append(',').append(value);
            }
            text.append('\n');
        }
        Files.writeString(file, text);
        return file;
    }

    static List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper mapper =
                CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it =
                mapper.readerForListOf(String.class).readValues(file.toFile())) {
            it.forEachRemaining(rows::add);
        }
        return rows;
    }

    /** id (string) and f0..f3 (optional doubles); the rows listed in {@code missingF2} have no f2. */
    static Path parquet(Path file, double[][] rows, List<Integer> missingF2) throws IOException {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        builder.addField(Types.required(PrimitiveTypeName.BINARY)
                .as(org.apache.parquet.schema.LogicalTypeAnnotation.stringType())
                .named("id"));
        for (int f = 0; f < FEATURES; f++) {
            builder.addField(Types.optional(PrimitiveTypeName.DOUBLE).named("f" + f));
        }
        MessageType schema = builder.named("rows");
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new PlainParquetConfiguration())
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.UNCOMPRESSED)
                .build()) {
            for (int i = 0; i < rows.length; i++) {
                Group group = groups.newGroup().append("id", "row-" + i);
                for (int f = 0; f < FEATURES; f++) {
                    if (!(f == 2 && missingF2.contains(i))) {
                        group.append("f" + f, rows[i][f]);
                    }
                }
                writer.write(group);
            }
        }
        return file;
    }

    static List<Group> readParquet(Path file) throws IOException {
        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = new GroupReader(new LocalInputFile(file)).build()) {
            Group group;
            while ((group = reader.read()) != null) {
                rows.add(group);
            }
        }
        return rows;
    }

    private static final class GroupReader extends ParquetReader.Builder<Group> {
        GroupReader(InputFile file) {
            super(file, new PlainParquetConfiguration());
            // parquet-java's own codecs need Hadoop's Configuration, which the runtime leaves out.
            withCodecFactory(new org.mlopsconsole.runtime.batch.internal.PureJavaCodecs());
        }

        @Override
        protected ReadSupport<Group> getReadSupport() {
            return new GroupReadSupport();
        }
    }
}
