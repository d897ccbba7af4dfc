package org.mlopsconsole.workspace;

/** A client organization: the top of an engagement. */
public record Organization(long id, String name, boolean archived) {}
