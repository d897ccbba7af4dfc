/**
 * The {@code roles} and {@code tools} commands over files: check a RACI, start one from a template,
 * and show a tool inventory's component coverage with suggestions. The rules live in
 * assessment-models ({@code org.mlopsconsole.assessment.roles} and {@code .tools}); these commands
 * read the files, print the results and choose the exit code.
 */
package org.mlopsconsole.app.cli.rolestools;
