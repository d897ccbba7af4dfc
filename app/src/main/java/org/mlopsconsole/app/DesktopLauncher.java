package org.mlopsconsole.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mlopsconsole.app.shell.ConsoleApplication;
import org.mlopsconsole.workspace.WorkspaceLocation;

/**
 * Opens the desktop app with JavaFX as named modules. The installed app (installers/README.md)
 * has JavaFX linked into its runtime, so JavaFX is in the boot layer and the window opens in this
 * JVM. {@code java -jar mlops-console.jar} has JavaFX only on its class path, which JavaFX does not
 * support (it warns about an "unnamed module"), so this starts the same jar again with the JavaFX
 * jars of {@code lib/} on the module path. The command line stays short, as ONNX Runtime needs
 * (docs/architecture.md).
 */
public final class DesktopLauncher {

    private static final Pattern PLATFORM_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar");

    static final List<String> JAVAFX_MODULES = List.of("javafx.controls", "javafx.fxml");

    private DesktopLauncher() {}

    /** @param engagementFile an engagement file to offer for import once the window is open */
    public static int launch(WorkspaceLocation workspace, Optional<Path> engagementFile, String[] args) {
        if (javaFxInBootLayer()) {
            // the installed app, or a relaunched jar
            return ConsoleApplication.launchAndWait(workspace, engagementFile);
        }
        Optional<Path> jar = runningJar();
        List<Path> javaFxJars =
                jar.map(j -> javaFxJars(j.resolveSibling("lib"))).orElse(List.of());
        if (!javaFxJars.isEmpty()) {
            return relaunch(jar.orElseThrow(), javaFxJars, args);
        }
        if (javaFxOnClassPath()) {
            // development: IDE or test class path
            return ConsoleApplication.launchAndWait(workspace, engagementFile);
        }
        System.err.println("JavaFX was not found: the desktop app needs the javafx-* jars in lib/ beside"
                + " mlops-console.jar (run './mvnw -DskipTests package'); the command line works without them.");
        return 2;
    }

    /** The platform jars of JavaFX in {@code lib} (the unclassified javafx-*.jar are empty). */
    static List<Path> javaFxJars(Path lib) {
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(f ->
                            PLATFORM_JAR.matcher(f.getFileName().toString()).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static List<String> relaunchCommand(Path jar, List<Path> javaFxJars, List<String> jvmOptions, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("--module-path");
        command.add(javaFxJars.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        command.add("--add-modules");
        command.add(String.join(",", JAVAFX_MODULES));
        int feature = Runtime.version().feature();
        if (feature >= 22) {
            command.add("--enable-native-access=javafx.graphics,ALL-UNNAMED");
        }
        if (feature >= 23) {
            // JavaFX 21's Marlin renderer still uses sun.misc.Unsafe off-heap memory.
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    private static int relaunch(Path jar, List<Path> javaFxJars, String[] args) {
        List<String> jvmOptions = ManagementFactory.getRuntimeMXBean().getInputArguments();
        try {
            Process process = new ProcessBuilder(relaunchCommand(jar, javaFxJars, jvmOptions, args))
                    .inheritIO()
                    .start();
            return process.waitFor();
        } catch (IOException e) {
            System.err.println("Could not start the desktop app: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static boolean javaFxInBootLayer() {
        return ModuleLayer.boot().findModule("javafx.graphics").isPresent();
    }

    private static boolean javaFxOnClassPath() {
        try {
            Class.forName("javafx.application.Application", false, DesktopLauncher.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(DesktopLauncher.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return location.toString().endsWith(".jar") ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | SecurityException e) {
            return Optional.empty();
        }
    }
}
