package org.mlopsconsole.runtime.batch.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;

/** The outputs of one batch, row by row. */
public final class OutputBlock {

    private final List<OutputColumn> columns;
    private final List<Object> values;

    private OutputBlock(List<OutputColumn> columns, List<Object> values) {
        this.columns = List.copyOf(columns);
        this.values = List.copyOf(values);
    }

    /** The outputs of a response for {@code rows} rows, in the order of the model's outputs. */
    public static OutputBlock of(InferenceResponse response, List<TensorSpec> outputs, int rows) {
        List<OutputColumn> columns = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (TensorSpec spec : outputs) {
            Tensor tensor = response.output(spec.name())
                    .orElseThrow(() -> new IllegalStateException("the model did not return '" + spec.name() + "'"));
            long count = tensor.elementCount();
            if (rows == 0 || count % rows != 0 || tensor.shape().length == 0 || tensor.shape()[0] != rows) {
                throw new IllegalStateException("output '" + spec.name() + "' has shape "
                        + java.util.Arrays.toString(tensor.shape()) + " for " + rows + " rows");
            }
            columns.add(new OutputColumn(spec.name(), tensor.datatype(), Math.toIntExact(count / rows)));
            values.add(valuesOf(tensor));
        }
        return new OutputBlock(columns, values);
    }

    public List<OutputColumn> columns() {
        return columns;
    }

    /** Value {@code j} of column {@code column} for row {@code row}: a Float, Double, Long, Integer, Boolean or String. */
    public Object value(int column, int row, int j) {
        int at = row * columns.get(column).width() + j;
        Object all = values.get(column);
        if (all instanceof float[] floats) {
            return floats[at];
        }
        if (all instanceof double[] doubles) {
            return doubles[at];
        }
        if (all instanceof long[] longs) {
            return longs[at];
        }
        if (all instanceof int[] ints) {
            return ints[at];
        }
        if (all instanceof boolean[] booleans) {
            return booleans[at];
        }
        return ((List<?>) all).get(at);
    }

    private static Object valuesOf(Tensor tensor) {
        ByteBuffer data = tensor.data();
        int count = Math.toIntExact(tensor.elementCount());
        return switch (tensor.datatype()) {
            case FP32 -> tensor.asFloats();
            case FP64 -> {
                double[] doubles = new double[count];
                data.asDoubleBuffer().get(doubles);
                yield doubles;
            }
            case INT64 -> tensor.asLongs();
            case INT32 -> {
                int[] ints = new int[count];
                data.asIntBuffer().get(ints);
                yield ints;
            }
            case BOOL -> {
                boolean[] booleans = new boolean[count];
                for (int i = 0; i < count; i++) {
                    booleans[i] = data.get(i) != 0;
                }
                yield booleans;
            }
            case BYTES -> tensor.asStrings();
            default ->
                throw new IllegalStateException("output '" + tensor.name() + "' is " + tensor.datatype()
                        + "; batch scoring writes FP32, FP64, INT64, INT32, BOOL and BYTES outputs");
        };
    }

    static boolean writable(DataType type) {
        return switch (type) {
            case FP32, FP64, INT64, INT32, BOOL, BYTES -> true;
            default -> false;
        };
    }
}
