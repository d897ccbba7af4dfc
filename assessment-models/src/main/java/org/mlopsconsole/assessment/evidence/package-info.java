/**
 * Evidence gathered per question beside the ratings: a shared note, links and attached files'
 * metadata ({@link EvidenceBook}). Per-participant notes stay on {@code Respondent}.
 */
package org.mlopsconsole.assessment.evidence;
