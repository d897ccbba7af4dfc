package org.mlopsconsole.app.cli.rolestools;

/** The {@code --format} values of the roles and tools commands. */
enum OutputFormat {
    json,
    text
}
