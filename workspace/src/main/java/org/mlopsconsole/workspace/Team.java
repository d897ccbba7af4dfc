package org.mlopsconsole.workspace;

/** A team or business unit of an organization; assessments are of a team. */
public record Team(long id, long organizationId, String name, boolean archived) {}
