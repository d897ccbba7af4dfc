package org.mlopsconsole.runtime.batch.internal;

/** A row's value that cannot feed the model; the message names the column and says why. */
final class RowProblem extends Exception {

    private static final long serialVersionUID = 1L;

    RowProblem(String message) {
        super(message, null, false, false);
    }
}
