/**
 * The workspace: engagements (organizations, teams, assessments, participants, ratings, consensus,
 * notes and evidence, targets), the use cases the desktop app and the command line both call, and
 * one factory, {@link org.mlopsconsole.workspace.Workspaces#open}, that opens a workspace from a
 * {@link org.mlopsconsole.workspace.WorkspaceLocation}: an H2 file in a folder or a PostgreSQL
 * server. Everything JDBC lives in {@code internal}; no JavaFX here.
 */
package org.mlopsconsole.workspace;
