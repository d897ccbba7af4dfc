/**
 * The one analysis of an assessment that every screen, report and command shows: per dimension and
 * overall the verdict with its reason, the roadmap, strongest and weakest dimensions, disagreements,
 * executive-summary facts ({@link AssessmentAnalysis}); two assessments compared ({@link
 * AssessmentComparison}); teams rolled up ({@link RollUp}); and one question's ratings across the
 * participants of a workshop ({@link QuestionTally}). Plain Java on top of {@code Scorer}'s
 * reports: nothing here scores differently from docs/scoring.md.
 */
package org.mlopsconsole.assessment.analysis;
