package org.mlopsconsole.assessment;

/** An MLOps practice of the catalog that links questions of different models. */
public record Practice(String id, String name, String description, String lifecycleStage, String principle) {}
