package org.mlopsconsole.runtime.predictions;

/** The actual outcome of a request: a class label, or a number for regression. */
public sealed interface GroundTruth permits GroundTruth.Label, GroundTruth.Value {

    /** A class, compared as text with the predicted class (so {@code 1} and {@code "1"} agree). */
    record Label(String label) implements GroundTruth {}

    record Value(double value) implements GroundTruth {}
}
