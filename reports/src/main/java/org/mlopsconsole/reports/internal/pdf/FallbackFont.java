package org.mlopsconsole.reports.internal.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A TrueType font of this computer that covers Chinese, Japanese and Korean, for the characters
 * Liberation Sans has no glyph for: found through fontconfig ({@code fc-list :lang=ja}), else in
 * the usual places, or named by the system property {@value #PROPERTY}. Only .ttf files: PDFBox
 * embeds subsets of TrueType outlines, not of the CFF outlines most .otf/.ttc CJK fonts carry.
 */
final class FallbackFont {

    static final String PROPERTY = "mlopsconsole.pdf.fallbackFont";

    private static final List<String> KNOWN = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/droid/DroidSansFallback.ttf",
            "/usr/share/fonts/truetype/arphic/uming.ttf",
            "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
            "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
            "C:\\Windows\\Fonts\\msgothic.ttf",
            "/Library/Fonts/Arial Unicode.ttf");

    private static volatile Optional<Path> found;

    private FallbackFont() {}

    /** The font file, looked for once per run. */
    static Optional<Path> file() {
        Optional<Path> result = found;
        if (result == null) {
            result = look();
            found = result;
        }
        return result;
    }

    private static Optional<Path> look() {
        String chosen = System.getProperty(PROPERTY, "");
        if (!chosen.isBlank()) {
            Path path = Path.of(chosen);
            return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        }
        List<String> candidates = new ArrayList<>(fontconfig());
        candidates.addAll(KNOWN);
        return candidates.stream()
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttf"))
                .map(Path::of)
                .filter(Files::isReadable)
                .findFirst();
    }

    private static List<String> fontconfig() {
        try {
            Process process = new ProcessBuilder("fc-list", ":lang=ja", "file")
                    .redirectErrorStream(true)
                    .start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroy();
                return List.of();
            }
            List<String> files = new ArrayList<>();
            for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                String file = line.strip().replaceFirst(":$", "");
                if (!file.isEmpty()) {
                    files.add(file);
                }
            }
            files.sort(null);
            return files;
        } catch (IOException e) {
            return List.of(); // no fontconfig here (Windows, macOS without it)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
