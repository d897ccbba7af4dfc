/**
 * The tool catalog (with Kreuzberger et al.'s nine components C1–C9), a client's tool inventory,
 * the component coverage rule and suggestions for the gaps under the client's constraints.
 * Formats: docs/roles-and-tools-format.md; rules: docs/user-guide/roles-and-tools.md.
 */
package org.mlopsconsole.assessment.tools;
