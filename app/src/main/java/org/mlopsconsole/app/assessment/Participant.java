package org.mlopsconsole.app.assessment;

/**
 * A person who rates in an assessment.
 *
 * @param respondentKey the respondent id in the responses format (stable, unique per assessment)
 */
public record Participant(long id, String respondentKey, String name, String role) {}
