package org.mlopsconsole.assessment;

/** One maturity level; {@code minScore} matters to continuous scoring only. */
public record Level(int id, String name, String description, double minScore) {}
