package org.mlopsconsole.runtime.batch;

import java.nio.file.Path;
import java.util.List;

/**
 * One file to score.
 *
 * @param model the model (or pipeline) to run, as the runtime serves it
 * @param format the input's format, which the output is written in too
 * @param batchSize rows per inference call (capped by the model's max_batch_size)
 * @param columns the columns that feed the model, in order; empty: the columns named after the
 *     model's inputs, else every column for a model with one input
 * @param skipBadRows leave bad rows out and go on; otherwise the first bad row stops the run
 */
public record BatchJob(
        String model,
        Path input,
        Path output,
        TableFormat format,
        int batchSize,
        List<String> columns,
        boolean skipBadRows) {

    public static final int DEFAULT_BATCH_SIZE = 64;

    public BatchJob {
        columns = List.copyOf(columns);
        if (batchSize < 1) {
            throw new IllegalArgumentException("the batch size must be at least 1, not " + batchSize);
        }
    }
}
