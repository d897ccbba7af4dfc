package org.mlopsconsole.workspace;

import java.util.function.Function;

/** Runs a use case in one database transaction: all of it is saved, or none. */
@FunctionalInterface
public interface Transactions {

    /**
     * Runs {@code work} on repositories bound to one transaction and commits; any exception rolls
     * it back. A call inside {@code work} joins the same transaction.
     *
     * @param what "rate a question": named in the message of a database failure
     */
    <T> T inTransaction(String what, Function<Repositories, T> work);
}
