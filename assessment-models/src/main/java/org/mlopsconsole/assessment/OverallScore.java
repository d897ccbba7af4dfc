package org.mlopsconsole.assessment;

import java.util.OptionalDouble;

/** The organization's level and score; the score is empty when every dimension's is. */
public record OverallScore(Level level, OptionalDouble score) {}
