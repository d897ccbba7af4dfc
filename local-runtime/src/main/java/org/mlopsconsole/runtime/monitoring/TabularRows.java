package org.mlopsconsole.runtime.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.Tensor;

/**
 * A request's tabular inputs as rows of named features: every input a 2-D FP32, FP64, INT32 or
 * INT64 tensor of {@code [rows, columns]}, one column per feature. A lone input names its columns
 * {@code f0..fN} (as a reference CSV of the same model does); with several inputs a one-column
 * input is named after itself and the others {@code <input>.f<i>}. Anything else is not tabular.
 */
final class TabularRows {

    private TabularRows() {}

    static Optional<List<Map<String, Double>>> of(List<Tensor> inputs) {
        if (inputs.isEmpty() || !inputs.stream().allMatch(TabularRows::tabular)) {
            return Optional.empty();
        }
        long rows = inputs.get(0).shape()[0];
        if (inputs.stream().anyMatch(input -> input.shape()[0] != rows) || rows > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        List<Map<String, Double>> table = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            table.add(new LinkedHashMap<>());
        }
        for (Tensor input : inputs) {
            double[] values = values(input);
            int columns = (int) input.shape()[1];
            for (int row = 0; row < rows; row++) {
                for (int column = 0; column < columns; column++) {
                    table.get(row).put(name(input, column, inputs.size()), values[row * columns + column]);
                }
            }
        }
        return Optional.of(table);
    }

    private static String name(Tensor input, int column, int inputCount) {
        if (inputCount == 1) {
            return "f" + column;
        }
        return input.shape()[1] == 1 ? input.name() : input.name() + ".f" + column;
    }

    private static boolean tabular(Tensor input) {
        return input.shape().length == 2
                && input.shape()[1] > 0
                && switch (input.datatype()) {
                    case FP32, FP64, INT32, INT64 -> true;
                    default -> false;
                };
    }

    private static double[] values(Tensor input) {
        java.nio.ByteBuffer data = input.data();
        int count = (int) input.elementCount();
        double[] values = new double[count];
        DataType type = input.datatype();
        for (int i = 0; i < count; i++) {
            values[i] = switch (type) {
                case FP32 -> data.getFloat(data.position() + i * 4);
                case FP64 -> data.getDouble(data.position() + i * 8);
                case INT32 -> data.getInt(data.position() + i * 4);
                default -> data.getLong(data.position() + i * 8);
            };
        }
        return values;
    }
}
