package org.mlopsconsole.runtime.batch.internal;

import java.io.IOException;

/** Writes the rows of the input with the model's outputs appended, in the input's format. */
public interface RowWriter extends AutoCloseable {

    /** Writes one row: its own values copied, then the outputs of row {@code index} of the block. */
    void write(SourceRow row, OutputBlock outputs, int index) throws IOException;

    @Override
    void close() throws IOException;
}
