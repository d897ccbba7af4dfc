package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.MaturityModel;

/** One test per kind of file the questionnaire import must refuse, each with its message. */
class QuestionnaireBadFileTest {

    @TempDir
    Path folder;

    private final MaturityModel model = TestAssessments.practicesModel();

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "notes.txt  | Ratings: FI, LI        | is not an .xlsx workbook",
                "report.pdf | %PDF-1.7 fake          | is not an .xlsx workbook",
                "empty.xlsx | ''                     | is empty, not an .xlsx workbook",
            })
    void filesThatAreNotWorkbooksAreRefused(String name, String content, String message) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content);
        assertRefused(file, name + ": " + message);
    }

    @Test
    void aZipThatIsNotAnOfficeDocumentIsRefused() throws IOException {
        Path file = folder.resolve("archive.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(errorOf(file)).startsWith("archive.xlsx: cannot be read as an .xlsx workbook: ");
    }

    @Test
    void legacyXlsWorkbooksAreRefusedWithAHowTo() throws IOException {
        Path file = folder.resolve("old.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Ana");
            workbook.write(out);
        }
        assertRefused(
                file, "old.xls: is a legacy .xls workbook; save it as .xlsx (Excel Workbook) and import that copy");
    }

    @Test
    void encryptedWorkbooksAreRefused() throws Exception {
        byte[] plain = exported();
        Path file = folder.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(
                file,
                "locked.xlsx: is password-protected (encrypted); save it again without a password and import"
                        + " that copy");
    }

    @Test
    void filesOver20MegabytesAreRefusedBeforeBeingRead() throws IOException {
        Path file = folder.resolve("huge.xlsx");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(21L * 1024 * 1024);
        }
        assertRefused(file, "huge.xlsx: is 21.0 MB; questionnaires larger than 20 MB are refused");
    }

    @Test
    void zipBombsAreRefused() throws IOException {
        // 8 MB of blanks inside a sheet compress about 1000 to 1, far past POI's 1 to 100 limit.
        String padding = " ".repeat(8 * 1024 * 1024);
        Path file = rewritten(
                "bomb.xlsx",
                "xl/worksheets/sheet2.xml",
                xml -> xml.replaceFirst("<sheetData>", "<sheetData>" + padding));
        assertRefused(
                file,
                "bomb.xlsx: looks like a zip bomb (a part inflates more than 100 times its compressed size);"
                        + " refused");
    }

    @Test
    void externalEntitiesAreNeverResolved() throws IOException {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path file = rewritten(
                "xxe.xlsx",
                "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("\\?>", "?>" + doctype).replace("<t>Ana</t>", "<t>&xxe;</t>"));
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                .doesNotContain("TOP-SECRET");

        QuestionnaireImportException refused = catchRefusal(file);

        assertThat(refused.errors())
                .containsExactly("xxe.xlsx: contains an XML document type declaration (DOCTYPE), which a"
                        + " questionnaire never has; refused");
        assertThat(refused).hasStackTraceContaining("DOCTYPE").hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void aMissingFileIsReportedByName() {
        assertRefused(folder.resolve("nowhere.xlsx"), "nowhere.xlsx: file not found");
    }

    private void assertRefused(Path file, String error) {
        assertThat(catchRefusal(file).errors()).containsExactly(error);
    }

    private String errorOf(Path file) {
        List<String> errors = catchRefusal(file).errors();
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    private QuestionnaireImportException catchRefusal(Path file) {
        Throwable thrown = catchThrowable(() -> Questionnaires.read(file, model));
        assertThat(thrown).isInstanceOf(QuestionnaireImportException.class);
        return (QuestionnaireImportException) thrown;
    }

    private byte[] exported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Questionnaires.export(model, List.of("Ana", "Bruno"), out);
        return out.toByteArray();
    }

    /** The exported questionnaire with one part's XML changed. */
    private Path rewritten(String name, String part, UnaryOperator<String> change) throws IOException {
        Path file = folder.resolve(name);
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(exported()));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            boolean found = false;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8))
                            .getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
            assertThat(found).as(part).isTrue();
        }
        return file;
    }
}
