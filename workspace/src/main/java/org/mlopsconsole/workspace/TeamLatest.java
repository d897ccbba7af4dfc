package org.mlopsconsole.workspace;

/** A team and its latest assessment: the input of an organization's roll-up. */
public record TeamLatest(Team team, Assessment assessment) {}
