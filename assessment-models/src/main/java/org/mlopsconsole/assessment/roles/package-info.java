/**
 * Roles and lifecycle activities (bundled catalogs with their sources), the RACI of an engagement
 * with its people, the RACI check and the starting templates. Formats: docs/roles-and-tools-format.md.
 */
package org.mlopsconsole.assessment.roles;
