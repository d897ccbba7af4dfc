package org.mlopsconsole.runtime.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The runtime's version, written into runtime.properties at build time. */
public final class RuntimeVersion {

    /** The name the server metadata gives, over REST and gRPC. */
    public static final String SERVER_NAME = "mlops-console-runtime";

    private RuntimeVersion() {}

    public static String version() {
        try (InputStream in = RuntimeVersion.class.getResourceAsStream("runtime.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
