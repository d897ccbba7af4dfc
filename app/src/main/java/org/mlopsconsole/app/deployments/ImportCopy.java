package org.mlopsconsole.app.deployments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.function.DoubleConsumer;

/**
 * Copies a model file to a staging file in chunks, telling how far it got and stopping when
 * cancelled, so that a large import shows progress and can be given up before anything is stored.
 */
final class ImportCopy {

    private static final int CHUNK = 1 << 20;

    private final Path source;
    private final DoubleConsumer progress;
    private volatile boolean cancelled;

    ImportCopy(Path source, DoubleConsumer progress) {
        this.source = source;
        this.progress = progress;
    }

    void cancel() {
        cancelled = true;
    }

    /** The staged copy (the caller deletes it); the source's name is kept for messages. */
    Path stage() {
        Path staging = null;
        try {
            long size = Math.max(1, Files.size(source));
            staging = Files.createTempDirectory("mlops-console-import-").resolve(source.getFileName());
            long copied = 0;
            byte[] buffer = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(source);
                    OutputStream out = Files.newOutputStream(staging)) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    if (cancelled) {
                        throw new CancellationException("Import of " + source.getFileName() + " cancelled");
                    }
                    out.write(buffer, 0, read);
                    copied += read;
                    progress.accept(Math.min(1.0, copied / (double) size));
                }
            }
            return staging;
        } catch (IOException e) {
            deleteQuietly(staging);
            throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(staging);
            throw e;
        }
    }

    /** Removes a staged copy and its folder. */
    static void deleteQuietly(Path staged) {
        if (staged == null) {
            return;
        }
        try {
            Files.deleteIfExists(staged);
            Files.deleteIfExists(staged.getParent());
        } catch (IOException ignored) {
            // a leftover in the temp folder is harmless
        }
    }
}
