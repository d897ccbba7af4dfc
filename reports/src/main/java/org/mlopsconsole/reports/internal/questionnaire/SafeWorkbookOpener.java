package org.mlopsconsole.reports.internal.questionnaire;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an untrusted .xlsx: refuses large files before reading them, anything that is not an
 * OOXML zip, encrypted files, and zip bombs (POI's ZipSecureFile limits). The file is read into
 * memory once and never written back. POI parses the XML parts with DOCTYPE declarations
 * disallowed, so external entities are never resolved.
 */
final class SafeWorkbookOpener {

    /** Entries may inflate at most 100 times their compressed size (POI's default ratio 0.01). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a questionnaire comes near this once inflated. */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

    private SafeWorkbookOpener() {}

    /** Why a file was refused; the message reads after the file name. */
    static final class RefusedFileException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedFileException(String message) {
            super(message);
        }

        RefusedFileException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static XSSFWorkbook open(Path file, long maxBytes) throws RefusedFileException {
        byte[] content = read(file, maxBytes);
        if (content.length == 0) {
            throw new RefusedFileException("is empty, not an .xlsx workbook");
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new RefusedFileException("cannot be read: " + e.getMessage(), e);
        }
        if (magic == FileMagic.OLE2) {
            throw new RefusedFileException(
                    isEncrypted(content)
                            ? "is password-protected (encrypted); save it again without a password and import that copy"
                            : "is a legacy .xls workbook; save it as .xlsx (Excel Workbook) and import that copy");
        }
        if (magic != FileMagic.OOXML) {
            throw new RefusedFileException("is not an .xlsx workbook");
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        OPCPackage opened = null;
        try {
            opened = OPCPackage.open(new ByteArrayInputStream(content));
            return new XSSFWorkbook(opened);
        } catch (Exception | StackOverflowError e) {
            if (opened != null) {
                opened.revert();
            }
            throw refusal(e);
        }
    }

    private static byte[] read(Path file, long maxBytes) throws RefusedFileException {
        try {
            if (Files.isDirectory(file)) {
                throw new RefusedFileException("is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new RefusedFileException(String.format(
                        Locale.ROOT,
                        "is %.1f MB; questionnaires larger than %d MB are refused",
                        size / 1048576.0,
                        maxBytes / 1048576));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RefusedFileException("file not found", e);
        } catch (IOException e) {
            throw new RefusedFileException("cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean isEncrypted(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static RefusedFileException refusal(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb")) {
                return new RefusedFileException(
                        "looks like a zip bomb (a part inflates more than " + Math.round(1 / MIN_INFLATE_RATIO)
                                + " times its compressed size); refused",
                        error);
            }
            if (message.contains("DOCTYPE")) {
                return new RefusedFileException(
                        "contains an XML document type declaration (DOCTYPE), which a questionnaire never has;"
                                + " refused",
                        error);
            }
        }
        return new RefusedFileException("cannot be read as an .xlsx workbook: " + rootMessage(error), error);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
