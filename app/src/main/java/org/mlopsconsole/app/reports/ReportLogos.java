package org.mlopsconsole.app.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mlopsconsole.reports.Branding;

/**
 * The consultancy's logo as the reports take it: a PNG of at most {@value #MAX_BYTES} bytes and
 * {@value #MAX_PIXELS}×{@value #MAX_PIXELS} pixels, checked the same way in Settings and for
 * {@code report --logo FILE.png}.
 */
public final class ReportLogos {

    /** 1 MB: a logo on a cover needs no more, and every report embeds it. */
    public static final long MAX_BYTES = 1024 * 1024;

    public static final int MAX_PIXELS = 2000;

    private ReportLogos() {}

    /**
     * Reads and checks {@code file}.
     *
     * @throws IllegalArgumentException saying what is wrong with the file, named
     */
    public static Branding.Logo read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("the logo " + name + " is not a file");
            }
            long size = Files.size(file);
            refuseOverOneMegabyte(name, size);
            return check(name, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the logo " + name + ": " + e.getMessage(), e);
        }
    }

    /** Checks bytes already read (the saved logo); {@code name} names them in the message. */
    public static Branding.Logo check(String name, byte[] png) {
        refuseOverOneMegabyte(name, png.length);
        Branding.Logo logo;
        try {
            logo = Branding.Logo.png(png);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the logo " + name + " is not a PNG picture: save it as PNG", e);
        }
        if (logo.widthPixels() > MAX_PIXELS || logo.heightPixels() > MAX_PIXELS) {
            throw new IllegalArgumentException("the logo " + name + " is " + logo.widthPixels() + "×"
                    + logo.heightPixels() + " pixels; a logo may be at most " + MAX_PIXELS + "×" + MAX_PIXELS);
        }
        return logo;
    }

    private static void refuseOverOneMegabyte(String name, long bytes) {
        if (bytes > MAX_BYTES) {
            throw new IllegalArgumentException("the logo " + name + " is "
                    + String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0))
                    + " MB; a logo may be at most 1 MB: export a smaller PNG");
        }
    }
}
