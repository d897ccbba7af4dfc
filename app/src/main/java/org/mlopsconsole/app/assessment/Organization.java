package org.mlopsconsole.app.assessment;

/** A client organization: the top of an engagement. */
public record Organization(long id, String name, boolean archived) {}
