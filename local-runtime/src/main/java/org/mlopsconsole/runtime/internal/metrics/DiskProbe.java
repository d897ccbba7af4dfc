package org.mlopsconsole.runtime.internal.metrics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/**
 * The model repository's size and its disk's used and free bytes. Walking the repository costs a
 * few milliseconds per thousand files, so its size is kept for {@link #SIZE_REFRESH_MILLIS}.
 */
final class DiskProbe {

    static final long SIZE_REFRESH_MILLIS = 30_000;

    private final Path root;
    private final LongSupplier clockMillis;
    private long sizeMeasuredAt = Long.MIN_VALUE;
    private long size;

    DiskProbe(Path root, LongSupplier clockMillis) {
        this.root = root;
        this.clockMillis = clockMillis;
    }

    synchronized long repositoryBytes() {
        long now = clockMillis.getAsLong();
        if (sizeMeasuredAt == Long.MIN_VALUE || now - sizeMeasuredAt >= SIZE_REFRESH_MILLIS) {
            size = walk();
            sizeMeasuredAt = now;
        }
        return size;
    }

    private long walk() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.mapToLong(DiskProbe::sizeOf).sum();
        } catch (IOException | UncheckedIOException e) {
            return size; // a file removed during the walk: keep the last figure
        }
    }

    private static long sizeOf(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return attributes.isRegularFile() ? attributes.size() : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    OptionalLong diskUsedBytes() {
        return space(store -> store.getTotalSpace() - store.getUnallocatedSpace());
    }

    OptionalLong diskFreeBytes() {
        return space(FileStore::getUsableSpace);
    }

    private OptionalLong space(SpaceReader reader) {
        try {
            return OptionalLong.of(reader.read(Files.getFileStore(root)));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private interface SpaceReader {
        long read(FileStore store) throws IOException;
    }
}
