package org.mlopsconsole.workspace;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * What the workspace learns from an attached file's bytes: its SHA-256 and its media type, read off
 * the content (a file named {@code report.pdf} that is not a PDF is not called one). The name only
 * tells the Office formats apart, once the content shows a zip.
 */
final class AttachmentContent {

    private static final Map<String, String> OFFICE = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

    private AttachmentContent() {}

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String mediaType(byte[] content, String fileName) {
        if (startsWith(content, "%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "image/png";
        }
        if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
            return "image/jpeg";
        }
        if (startsWith(content, "GIF87a") || startsWith(content, "GIF89a")) {
            return "image/gif";
        }
        if (startsWith(content, "PK\u0003\u0004")) {
            return OFFICE.getOrDefault(extension(fileName), "application/zip");
        }
        return isText(content) ? "text/plain" : "application/octet-stream";
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** UTF-8 without control characters other than tabs and line ends. */
    private static boolean isText(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, String prefix) {
        return startsWith(content, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
