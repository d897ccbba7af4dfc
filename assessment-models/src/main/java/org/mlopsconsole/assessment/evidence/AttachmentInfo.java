package org.mlopsconsole.assessment.evidence;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is known of a file attached as evidence; the bytes live in the workspace, which stores them
 * hashed and never opens or runs them.
 *
 * @param fileName the name as attached, without any folder
 * @param mediaType as detected or declared, e.g. {@code application/pdf}
 * @param sha256 the content's SHA-256, 64 lowercase hex digits
 */
public record AttachmentInfo(String fileName, String mediaType, long sizeBytes, String sha256) {

    /** The largest file accepted as evidence: 20 MiB, enough for a screenshot or an exported page. */
    public static final long MAX_SIZE_BYTES = 20L * 1024 * 1024;

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");

    public AttachmentInfo {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException(
                    "attachment name \"" + fileName + "\" must be a file name without folders");
        }
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException(
                    "attachment \"" + fileName + "\": media type \"" + mediaType + "\" is not type/subtype");
        }
        if (sizeBytes < 0 || sizeBytes > MAX_SIZE_BYTES) {
            throw new IllegalArgumentException("attachment \"" + fileName + "\" has " + sizeBytes
                    + " bytes; evidence files may have at most " + MAX_SIZE_BYTES + " (20 MiB)");
        }
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException(
                    "attachment \"" + fileName + "\": \"" + sha256 + "\" is not a SHA-256 in lowercase hex");
        }
    }
}
