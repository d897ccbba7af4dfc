package org.mlopsconsole.runtime.batch.internal;

import java.util.List;
import java.util.stream.IntStream;
import org.mlopsconsole.runtime.DataType;

/**
 * One model output as it is appended to each row.
 *
 * @param width values per row: 1 for a scalar such as a score, 384 for an embedding
 */
public record OutputColumn(String name, DataType datatype, int width) {

    /** The flat columns it becomes in CSV and Parquet: the name itself, or name_0 ... name_{width-1}. */
    public List<String> flatNames() {
        if (width == 1) {
            return List.of(name);
        }
        return IntStream.range(0, width).mapToObj(i -> name + "_" + i).toList();
    }
}
