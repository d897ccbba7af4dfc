package org.mlopsconsole.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import org.mlopsconsole.runtime.OnnxRuntimeInfo;

/** The versions {@code --version} and the About dialog show. */
public record AppVersions(String app, String java, String javaFx, String onnxRuntime) {

    /** Reads the running versions: JavaFX from the build when the toolkit is not loaded. */
    public static AppVersions detect() {
        Properties build = buildProperties();
        String javaFx = System.getProperty("javafx.runtime.version", build.getProperty("javafx.version"));
        return new AppVersions(
                build.getProperty("app.version"),
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                javaFx,
                onnxRuntimeVersion());
    }

    public List<String> lines() {
        return List.of("MLOps Console " + app, "Java " + java, "JavaFX " + javaFx, "ONNX Runtime " + onnxRuntime);
    }

    private static String onnxRuntimeVersion() {
        try {
            return OnnxRuntimeInfo.version();
        } catch (RuntimeException | LinkageError e) {
            return "unavailable (" + e.getMessage() + ")";
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = AppVersions.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
