package org.mlopsconsole.runtime.batch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.batch.BatchScoringException;

/**
 * Which columns feed which of the model's inputs, and how a batch of rows becomes its tensors.
 *
 * <p>A tabular model has one input [-1, n] fed by n columns ({@code --columns} chooses and orders
 * them; without it, every column). A model with several inputs is fed by name: the column called
 * like each input, or {@code --columns} in the order of the inputs. A BYTES input (a text
 * pipeline's {@code text}) takes a text column as it is.
 */
public final class FeatureMapping {

    /** One input and the columns (or the one array column) that feed it. */
    private record Feed(TensorSpec spec, int[] columns, List<String> names, boolean arrayCell, int width) {}

    private final List<Feed> feeds;

    private FeatureMapping(List<Feed> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    /**
     * @param chosen the {@code --columns}; empty for the default
     */
    public static FeatureMapping resolve(
            String model, ModelSignature signature, List<String> fileColumns, List<String> chosen) {
        List<TensorSpec> inputs = signature.inputs();
        for (String column : chosen) {
            if (!fileColumns.contains(column)) {
                throw new BatchScoringException("--columns names '" + column
                        + "', which the file does not have; its columns are " + String.join(", ", fileColumns));
            }
        }
        for (TensorSpec input : inputs) {
            checkFeedable(model, input);
        }
        List<Feed> feeds = new ArrayList<>();
        boolean allNamed = inputs.stream().allMatch(input -> fileColumns.contains(input.name()));
        if (inputs.size() == 1 && !(chosen.isEmpty() && allNamed)) {
            List<String> columns = chosen.isEmpty() ? fileColumns : chosen;
            feeds.add(tabular(model, inputs.get(0), columns, fileColumns));
        } else if (!chosen.isEmpty()) {
            if (chosen.size() != inputs.size()) {
                throw new BatchScoringException("model '" + model + "' has " + inputs.size() + " inputs ("
                        + names(inputs) + "), so --columns names " + inputs.size() + " columns, one per input"
                        + " in that order; it names " + chosen.size());
            }
            for (int i = 0; i < inputs.size(); i++) {
                feeds.add(byName(inputs.get(i), chosen.get(i), fileColumns));
            }
        } else if (allNamed) {
            inputs.forEach(input -> feeds.add(byName(input, input.name(), fileColumns)));
        } else {
            throw new BatchScoringException("model '" + model + "' has inputs " + names(inputs)
                    + " and the file's columns are " + String.join(", ", fileColumns)
                    + ": name a column after each input, or choose one per input with --columns");
        }
        return new FeatureMapping(feeds);
    }

    private static void checkFeedable(String model, TensorSpec input) {
        if (!List.of(DataType.FP32, DataType.FP64, DataType.INT64, DataType.INT32, DataType.BYTES)
                .contains(input.datatype())) {
            throw new BatchScoringException("input '" + input.name() + "' of model '" + model + "' is "
                    + input.datatype() + "; batch scoring feeds FP32, FP64, INT64, INT32 and BYTES inputs");
        }
        if (input.shape().isEmpty() || input.shape().size() > 2) {
            throw new BatchScoringException("input '" + input.name() + "' of model '" + model + "' has shape "
                    + input.shape() + "; batch scoring feeds inputs of one dimension (a value per row)"
                    + " or two (values per row)");
        }
    }

    private static Feed tabular(String model, TensorSpec input, List<String> columns, List<String> fileColumns) {
        long fixed = rowWidth(input);
        if (columns.size() == 1 && fixed != 1) {
            return byName(input, columns.get(0), fileColumns);
        }
        if (fixed != -1 && fixed != columns.size()) {
            throw new BatchScoringException("input '" + input.name() + "' of model '" + model + "' takes " + fixed
                    + " values a row; " + (columns == fileColumns ? "the file has " : "--columns names ")
                    + columns.size() + " columns (" + String.join(", ", columns) + ")"
                    + (columns == fileColumns ? ": choose " + fixed + " of them, in order, with --columns" : ""));
        }
        if (input.shape().size() == 1 && columns.size() != 1) {
            throw new BatchScoringException("input '" + input.name() + "' of model '" + model
                    + "' takes one value a row; choose its column with --columns");
        }
        int[] indexes = columns.stream().mapToInt(fileColumns::indexOf).toArray();
        return new Feed(input, indexes, List.copyOf(columns), false, columns.size());
    }

    private static Feed byName(TensorSpec input, String column, List<String> fileColumns) {
        long fixed = rowWidth(input);
        int[] index = {fileColumns.indexOf(column)};
        if (fixed == 1) {
            return new Feed(input, index, List.of(column), false, 1);
        }
        // More than one value a row from one column: a JSON array (or a repeated Parquet field).
        return new Feed(input, index, List.of(column), true, (int) fixed);
    }

    /** Values per row: 1 for shape [-1], n for [-1, n], -1 when the second dimension is variable. */
    private static long rowWidth(TensorSpec input) {
        return input.shape().size() == 1 ? 1 : input.shape().get(1);
    }

    private static String names(List<TensorSpec> inputs) {
        return inputs.stream().map(TensorSpec::name).collect(Collectors.joining(", "));
    }

    /** The inputs of a batch of rows, each checked: a row that does not fit fails alone. */
    public final class Batch {

        private final List<List<Object>> values = new ArrayList<>();
        private final int[] widths = new int[feeds.size()];
        private int rows;

        public int rows() {
            return rows;
        }

        /** Adds a row's features, or throws (adding nothing) when one cannot feed its input. */
        public void add(SourceRow row) throws RowProblem {
            List<Object[]> perFeed = new ArrayList<>();
            for (int f = 0; f < feeds.size(); f++) {
                Feed feed = feeds.get(f);
                Object[] converted = convert(feed, row);
                int expected = widths[f] != 0 ? widths[f] : feed.width();
                if (expected > 0 && converted.length != expected) {
                    throw new RowProblem("'" + feed.names().get(0) + "' has " + converted.length + " values; input '"
                            + feed.spec().name() + "' takes " + expected + " a row");
                }
                perFeed.add(converted);
            }
            for (int f = 0; f < feeds.size(); f++) {
                if (values.size() <= f) {
                    values.add(new ArrayList<>());
                }
                widths[f] = perFeed.get(f).length;
                values.get(f).addAll(List.of(perFeed.get(f)));
            }
            rows++;
        }

        public List<Tensor> tensors() {
            List<Tensor> tensors = new ArrayList<>();
            for (int f = 0; f < feeds.size(); f++) {
                Feed feed = feeds.get(f);
                List<Object> all = values.get(f);
                long[] shape = feed.spec().shape().size() == 1 ? new long[] {rows} : new long[] {rows, widths[f]};
                String name = feed.spec().name();
                tensors.add(
                        switch (feed.spec().datatype()) {
                            case FP32 -> {
                                float[] floats = new float[all.size()];
                                for (int i = 0; i < floats.length; i++) {
                                    floats[i] = ((Double) all.get(i)).floatValue();
                                }
                                yield Tensor.ofFloats(name, shape, floats);
                            }
                            case FP64 ->
                                Tensor.ofDoubles(
                                        name,
                                        shape,
                                        all.stream()
                                                .mapToDouble(v -> (Double) v)
                                                .toArray());
                            case INT64 ->
                                Tensor.ofLongs(
                                        name,
                                        shape,
                                        all.stream().mapToLong(v -> (Long) v).toArray());
                            case INT32 ->
                                Tensor.ofInts(
                                        name,
                                        shape,
                                        all.stream()
                                                .mapToInt(v -> Math.toIntExact((Long) v))
                                                .toArray());
                            default -> Tensor.ofStrings(name, shape, all.toArray(String[]::new));
                        });
            }
            return tensors;
        }
    }

    public Batch newBatch() {
        return new Batch();
    }

    /** Adds the row to the batch; empty when it fits, else why not (the batch is then unchanged). */
    public java.util.Optional<String> problemAdding(Batch batch, SourceRow row) {
        try {
            batch.add(row);
            return java.util.Optional.empty();
        } catch (RowProblem e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    private static Object[] convert(Feed feed, SourceRow row) throws RowProblem {
        if (!feed.arrayCell()) {
            Object[] converted = new Object[feed.columns().length];
            for (int i = 0; i < converted.length; i++) {
                converted[i] = value(feed, feed.names().get(i), row.cells()[feed.columns()[i]]);
            }
            return converted;
        }
        Object cell = row.cells()[feed.columns()[0]];
        String column = feed.names().get(0);
        if (cell == null) {
            throw new RowProblem("'" + column + "' is missing");
        }
        if (!(cell instanceof List<?> list)) {
            throw new RowProblem("'" + column + "' holds one value; input '"
                    + feed.spec().name() + "' takes an array of values a row");
        }
        Object[] converted = new Object[list.size()];
        for (int i = 0; i < converted.length; i++) {
            converted[i] = value(feed, column + "[" + i + "]", list.get(i));
        }
        return converted;
    }

    private static Object value(Feed feed, String column, Object cell) throws RowProblem {
        if (cell == null
                || (cell instanceof String text && text.isBlank() && feed.spec().datatype() != DataType.BYTES)) {
            throw new RowProblem("'" + column + "' is missing");
        }
        DataType type = feed.spec().datatype();
        if (type == DataType.BYTES) {
            if (cell instanceof List<?>) {
                throw new RowProblem(
                        "'" + column + "' is an array; input '" + feed.spec().name() + "' takes text");
            }
            return cell.toString();
        }
        boolean integral = type == DataType.INT64 || type == DataType.INT32;
        if (cell instanceof Number number) {
            double asDouble = number.doubleValue();
            if (integral && !(number instanceof Long || number instanceof Integer || asDouble == Math.rint(asDouble))) {
                throw new RowProblem("'" + column + "' is " + number + ", not a whole number");
            }
            return integral ? (Object) number.longValue() : (Object) asDouble;
        }
        if (cell instanceof String text) {
            String trimmed = text.trim();
            try {
                return integral ? (Object) Long.parseLong(trimmed) : (Object) Double.parseDouble(trimmed);
            } catch (NumberFormatException e) {
                throw new RowProblem("'" + column + "' is '" + abbreviate(trimmed) + "', not a "
                        + (integral ? "whole number" : "number"));
            }
        }
        throw new RowProblem("'" + column + "' is " + abbreviate(cell.toString()) + ", not a number");
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
