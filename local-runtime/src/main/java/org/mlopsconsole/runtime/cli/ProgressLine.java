package org.mlopsconsole.runtime.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.mlopsconsole.runtime.batch.BatchProgress;

/**
 * A command's progress on stderr: a bar redrawn in place on a terminal; elsewhere (a log, a pipe)
 * a plain line at each tenth, so the log stays readable.
 */
final class ProgressLine {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private long started = System.nanoTime();
    private int tenthsShown;
    private boolean drawn;

    ProgressLine(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Counts rows per second from now: the scoring, not the model's load before it, as the final figure does. */
    void start() {
        started = System.nanoTime();
    }

    void update(BatchProgress progress) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        String figures = String.format(
                Locale.ROOT,
                "%3.0f%%  %d rows  %.0f rows/s%s",
                progress.fraction() * 100,
                progress.rowsScored(),
                progress.rowsScored() / seconds,
                progress.badRows() > 0 ? "  " + progress.badRows() + " bad" : "");
        if (terminal) {
            int filled = (int) Math.round(progress.fraction() * WIDTH);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + figures);
            drawn = true;
            err.flush();
            return;
        }
        int tenths = (int) Math.floor(progress.fraction() * 10);
        if (tenths > tenthsShown) {
            tenthsShown = tenths;
            err.println("predict: " + figures.trim());
            err.flush();
        }
    }

    /** Ends the bar's line, so what follows starts on a line of its own. */
    void done() {
        if (drawn) {
            err.println();
            err.flush();
            drawn = false;
        }
    }
}
