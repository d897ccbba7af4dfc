package org.mlopsconsole.app.cli;

import org.mlopsconsole.app.AppVersions;
import picocli.CommandLine.IVersionProvider;

/** Prints the app, Java, JavaFX and ONNX Runtime versions for {@code --version}. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return AppVersions.detect().lines().toArray(String[]::new);
    }
}
