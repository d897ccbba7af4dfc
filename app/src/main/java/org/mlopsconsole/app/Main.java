package org.mlopsconsole.app;

import org.mlopsconsole.app.cli.CommandLineApp;

/**
 * Entry point of {@code mlops-console.jar}. With no subcommand it opens the desktop app, otherwise
 * it runs the command line. Kept free of JavaFX types so the command line runs without JavaFX.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        System.exit(CommandLineApp.execute(args));
    }
}
