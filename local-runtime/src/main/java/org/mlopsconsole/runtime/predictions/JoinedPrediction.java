package org.mlopsconsole.runtime.predictions;

/** A logged prediction with the outcome that was joined to it. */
public record JoinedPrediction(PredictionRecord prediction, Outcome outcome) {}
