package org.mlopsconsole.runtime.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A finished run: the output was written whole.
 *
 * @param badRows the rows left out, in file order (none unless the job skips bad rows)
 */
public record BatchResult(Path output, TableFormat format, long rowsScored, List<BadRow> badRows, Duration elapsed) {

    public BatchResult {
        badRows = List.copyOf(badRows);
    }

    /** Rows scored per second of the whole run, reading and writing included. */
    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds > 0 ? rowsScored / seconds : 0;
    }
}
