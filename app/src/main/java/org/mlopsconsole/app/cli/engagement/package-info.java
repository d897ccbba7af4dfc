/**
 * The engagement commands: organizations, teams and assessments created, listed, shown, renamed,
 * archived, exported, imported and copied between workspaces, each a call of the workspace
 * module's use cases. Commands that create something print the new id alone on stdout, for
 * scripts.
 */
package org.mlopsconsole.app.cli.engagement;
