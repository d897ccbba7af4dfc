package org.mlopsconsole.assessment;

/**
 * Where a question comes from: a place in the model's source, or our own operationalization of it.
 * Hand-written models may leave it unstated; the bundled catalog never does.
 */
public sealed interface Basis {

    /** The question states what the source says at {@code reference} (a section, page, table or cell). */
    record Source(String reference) implements Basis {}

    /** The question is ours; {@code note} says what it is derived from and why. */
    record Operationalization(String note) implements Basis {}

    /** The model file says nothing about the question's origin. */
    record Unstated() implements Basis {}

    /** The one line a report prints: "Source: ...", "Our operationalization: ..." or empty. */
    default String text() {
        if (this instanceof Source source) {
            return "Source: " + source.reference();
        }
        if (this instanceof Operationalization ours) {
            return "Our operationalization: " + ours.note();
        }
        return "";
    }
}
