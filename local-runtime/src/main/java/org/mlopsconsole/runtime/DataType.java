package org.mlopsconsole.runtime;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Open Inference Protocol tensor datatypes. The unsigned 16/32/64-bit types are part of the
 * protocol but ONNX Runtime's Java API cannot create or read them, so models using them are
 * refused at load with a clear reason.
 */
public enum DataType {
    BOOL(1),
    UINT8(1),
    UINT16(2),
    UINT32(4),
    UINT64(8),
    INT8(1),
    INT16(2),
    INT32(4),
    INT64(8),
    FP16(2),
    BF16(2),
    FP32(4),
    FP64(8),
    /** Variable length; in binary form each element is a 4-byte little-endian length, then the bytes. */
    BYTES(0);

    private final int byteSize;

    DataType(int byteSize) {
        this.byteSize = byteSize;
    }

    /** Bytes per element, 0 for {@link #BYTES}. */
    public int byteSize() {
        return byteSize;
    }

    /** Whether this runtime can feed and read tensors of this type. */
    public boolean supportedByOnnxRuntime() {
        return this != UINT16 && this != UINT32 && this != UINT64;
    }

    public static Optional<DataType> fromProtocolName(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
