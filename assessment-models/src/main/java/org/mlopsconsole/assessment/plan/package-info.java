/**
 * The improvement plan of an assessment: items with owner, status, due date, effort, phase and a
 * quick-win flag ({@link ImprovementPlan}), drafted from the roadmap by one rule ({@link
 * PlanDrafts}) and carried into follow-ups.
 */
package org.mlopsconsole.assessment.plan;
