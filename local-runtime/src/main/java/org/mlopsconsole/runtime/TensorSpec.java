package org.mlopsconsole.runtime;

import java.util.List;

/** A model input or output as the protocol's metadata describes it; a variable dimension is -1. */
public record TensorSpec(String name, DataType datatype, List<Long> shape) {

    public TensorSpec {
        shape = List.copyOf(shape);
    }

    /** Whether the first dimension is variable, so requests can be stacked along it. */
    public boolean hasVariableFirstDimension() {
        return !shape.isEmpty() && shape.get(0) == -1L;
    }
}
