/**
 * The challenges of operationalizing ML (bundled catalog with sources, each linked to the
 * assessment dimensions it threatens) and a client's challenge register with likelihood, impact
 * and links to dimensions and roadmap questions.
 */
package org.mlopsconsole.assessment.challenges;
