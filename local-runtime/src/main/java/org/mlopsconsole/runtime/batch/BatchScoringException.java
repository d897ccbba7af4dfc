package org.mlopsconsole.runtime.batch;

import java.util.Optional;

/**
 * A run that stopped: a bad row (when bad rows are not skipped), a file that cannot be read or
 * written, columns that do not fit the model, or a failed inference. No output was written.
 */
public final class BatchScoringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient BadRow badRow;

    public BatchScoringException(String message, Throwable cause) {
        super(message, cause);
        this.badRow = null;
    }

    public BatchScoringException(String message) {
        this(message, (Throwable) null);
    }

    public BatchScoringException(BadRow badRow, TableFormat format) {
        super(badRow.describe(format));
        this.badRow = badRow;
    }

    /** The row that stopped the run, if a bad row did. */
    public Optional<BadRow> badRow() {
        return Optional.ofNullable(badRow);
    }
}
