package org.mlopsconsole.app.cli;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.sl.extractor.SlideShowExtractor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The text a reader finds in a report file: every cell, paragraph, slide (with its notes) or page. */
final class ReportText {

    private ReportText() {}

    static String of(Path file) throws Exception {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            if (name.endsWith(".xlsx")) {
                StringBuilder text = new StringBuilder();
                DataFormatter cells = new DataFormatter();
                try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
                    workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(
                            cell -> text.append(cells.formatCellValue(cell)).append('\n'))));
                }
                return text.toString();
            }
            if (name.endsWith(".docx")) {
                try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(in))) {
                    return extractor.getText();
                }
            }
            if (name.endsWith(".pptx")) {
                try (SlideShowExtractor<?, ?> extractor = new SlideShowExtractor<>(new XMLSlideShow(in))) {
                    extractor.setNotesByDefault(true);
                    return extractor.getText();
                }
            }
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
