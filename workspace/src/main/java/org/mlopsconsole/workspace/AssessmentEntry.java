package org.mlopsconsole.workspace;

/** An assessment with the team and organization it belongs to: for lists, reports and the CLI. */
public record AssessmentEntry(Assessment assessment, Team team, Organization organization) {}
