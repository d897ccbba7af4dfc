package org.mlopsconsole.runtime.predictions;

import java.util.List;
import org.mlopsconsole.runtime.DataType;

/**
 * What the prediction log keeps of one tensor: its values when the tensor is small (tabular
 * features, a class score vector), else a SHA-256 of its protocol binary form. The cut is
 * {@link #MAX_VALUES} elements and {@link #MAX_BYTES} bytes; either over it gives a digest.
 */
public sealed interface TensorSummary permits TensorSummary.Numbers, TensorSummary.Texts, TensorSummary.Digest {

    /** At most this many elements are logged as values. */
    int MAX_VALUES = 64;
    /** At most this many bytes of data are logged as values. */
    int MAX_BYTES = 4096;

    String name();

    DataType datatype();

    List<Long> shape();

    /** The size of the tensor's data in the protocol's binary form. */
    long byteSize();

    /** Numeric (and BOOL, as 0 and 1) values in row-major order. */
    record Numbers(String name, DataType datatype, List<Long> shape, long byteSize, List<Double> values)
            implements TensorSummary {
        public Numbers {
            shape = List.copyOf(shape);
            values = List.copyOf(values);
        }
    }

    /** BYTES elements decoded as UTF-8. */
    record Texts(String name, DataType datatype, List<Long> shape, long byteSize, List<String> values)
            implements TensorSummary {
        public Texts {
            shape = List.copyOf(shape);
            values = List.copyOf(values);
        }
    }

    /** A tensor too large to log: lower-case hex SHA-256 of its data. */
    record Digest(String name, DataType datatype, List<Long> shape, long byteSize, String sha256)
            implements TensorSummary {
        public Digest {
            shape = List.copyOf(shape);
        }
    }
}
