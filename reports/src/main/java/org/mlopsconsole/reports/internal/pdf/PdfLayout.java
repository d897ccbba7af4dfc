package org.mlopsconsole.reports.internal.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.mlopsconsole.reports.PaperSize;

/**
 * A minimal flowing layout on A4 or Letter pages: wrapped paragraphs, headings, pictures and
 * tables whose header row repeats on every page, starting a new page when the next block does not
 * fit; every page gets a running header (from the second) and "Page n of N". Text is set in
 * Liberation Sans (SIL OFL 1.1, from the openpdf-fonts-extra jar), embedded as a subset of the
 * glyphs used: it covers Latin with its extensions, Greek and Cyrillic. Characters it lacks (CJK)
 * are set in a font of this computer that has them ({@link FallbackFont}); what no font can print
 * becomes '?', and the first page names those characters.
 */
final class PdfLayout implements AutoCloseable {

    static final float MARGIN = 56;
    private static final float LEADING = 1.3f;
    private static final Color LINK_BLUE = new Color(0x05, 0x63, 0xC1);

    private static final String REGULAR_FONT = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD_FONT = "/liberation/LiberationSans-Bold.ttf";

    private final PDDocument document;
    private final PDRectangle pageSize;
    private final String headerLeft;
    private final String headerRight;
    private final PDFont regular;
    private final PDFont bold;
    private Optional<PDFont> fallback;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private final Set<Integer> unprintable = new TreeSet<>();
    private PDPageContentStream content;
    private float y;

    PdfLayout(PDDocument document) {
        this(document, PaperSize.A4, "", "");
    }

    /** {@code headerLeft} and {@code headerRight} run along the top of every page but the first. */
    PdfLayout(PDDocument document, PaperSize paper, String headerLeft, String headerRight) {
        this.document = document;
        this.pageSize = new PDRectangle(paper.widthPoints(), paper.heightPoints());
        this.headerLeft = headerLeft;
        this.headerRight = headerRight;
        this.regular = embeddedFont(document, REGULAR_FONT);
        this.bold = embeddedFont(document, BOLD_FONT);
    }

    /** The characters no font could print, in code point order. */
    Set<Integer> unprintable() {
        return Set.copyOf(unprintable);
    }

    float pageHeight() {
        return pageSize.getHeight();
    }

    /**
     * Loads a bundled TrueType font to be embedded as a subset: only the glyphs the document uses.
     * Glyph substitution (GSUB: ligatures) is switched off: our scripts need none, and PDFBox
     * applies it with regular expressions on every line, which made the export about four times
     * slower.
     */
    private static PDFont embeddedFont(PDDocument document, String resource) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.bytes(resource)));
            font.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the PDF font " + resource, e);
        }
    }

    /** The font files, read from the class path once. */
    private static final class FontFiles {
        private static final Map<String, byte[]> BYTES =
                Map.of(REGULAR_FONT, read(REGULAR_FONT), BOLD_FONT, read(BOLD_FONT));

        static byte[] bytes(String resource) {
            return BYTES.get(resource);
        }

        private static byte[] read(String resource) {
            try (InputStream in = PdfLayout.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the PDF font " + resource + " is missing from the class path");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the PDF font " + resource, e);
            }
        }
    }

    float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(pageSize);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = pageSize.getHeight() - MARGIN;
    }

    void space(float points) {
        y -= points;
    }

    void moveTo(float fromTop) {
        y = pageSize.getHeight() - fromTop;
    }

    void heading(String text, float size) throws IOException {
        ensureRoom(size * LEADING * 3);
        space(size * 0.6f);
        paragraph(text, size, true, 0);
        space(size * 0.3f);
    }

    void paragraph(String text, float size, boolean isBold, float indent) throws IOException {
        PDFont font = isBold ? bold : regular;
        for (String line : wrap(safe(text), font, size, width() - indent)) {
            ensureRoom(size * LEADING);
            y -= size * LEADING;
            write(line, font, size, MARGIN + indent, y);
        }
        space(size * 0.4f);
    }

    /** A wrapped paragraph in link blue whose lines open {@code url} when clicked. */
    void link(String text, java.net.URI url, float size, float indent) throws IOException {
        PDPageContentStream stream;
        for (String line : wrap(safe(text), regular, size, width() - indent)) {
            ensureRoom(size * LEADING);
            y -= size * LEADING;
            stream = content;
            stream.setNonStrokingColor(LINK_BLUE);
            write(line, regular, size, MARGIN + indent, y);
            stream.setNonStrokingColor(Color.BLACK);
            var annotation = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
            annotation.setRectangle(new PDRectangle(MARGIN + indent, y - 2, width(line, regular, size), size + 2));
            var action = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
            action.setURI(url.toString());
            annotation.setAction(action);
            var border = new org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary();
            border.setWidth(0);
            annotation.setBorderStyle(border);
            document.getPage(document.getNumberOfPages() - 1).getAnnotations().add(annotation);
        }
        space(size * 0.4f);
    }

    void centered(String text, float size, boolean isBold) throws IOException {
        PDFont font = isBold ? bold : regular;
        for (String line : wrap(safe(text), font, size, width())) {
            y -= size * LEADING;
            float lineWidth = width(line, font, size);
            write(line, font, size, MARGIN + (width() - lineWidth) / 2, y);
        }
    }

    void picture(byte[] png, String name, float widthPoints, float heightPoints) throws IOException {
        ensureRoom(heightPoints + 10);
        PDImageXObject image = PDImageXObject.createFromByteArray(document, png, name);
        y -= heightPoints;
        content.drawImage(image, MARGIN + (width() - widthPoints) / 2, y, widthPoints, heightPoints);
        space(10);
    }

    /**
     * A table with a bold header row, repeated at the top of each page the table runs onto;
     * {@code fractions} share the text width between columns. A row never splits.
     */
    void table(float[] fractions, List<String[]> rows, float size) throws IOException {
        table(fractions, rows, List.of(), size);
    }

    /** The same, each body cell filled with its colour in {@code fills} (none when null or missing). */
    void table(float[] fractions, List<String[]> rows, List<Color[]> fills, float size) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            float height = rowHeight(fractions, rows.get(r), r == 0 ? bold : regular, size);
            if (y - height < MARGIN) {
                newPage();
                if (r > 0) {
                    row(fractions, rows.get(0), bold, size, true);
                }
            }
            if (r > 0 && r - 1 < fills.size()) {
                fillCells(fractions, fills.get(r - 1), height);
            }
            row(fractions, rows.get(r), r == 0 ? bold : regular, size, r == 0);
        }
        space(12);
    }

    /**
     * A table whose cells are filled with {@code fills} (null for none) and whose header cells
     * after the first are set upright, turned a quarter, so long names fit over narrow columns.
     */
    void heatmap(float[] fractions, List<String[]> rows, List<Color[]> fills, float size) throws IOException {
        String[] header = rows.get(0);
        float headerHeight = 0;
        for (int c = 1; c < header.length; c++) {
            headerHeight = Math.max(headerHeight, width(safe(header[c]), bold, size));
        }
        headerHeight += 8;
        if (y - headerHeight - rowHeight(fractions, rows.get(1), regular, size) < MARGIN) {
            newPage();
        }
        float x = MARGIN;
        for (int c = 0; c < header.length; c++) {
            float columnWidth = fractions[c] * width();
            if (c == 0) {
                write(safe(header[0]), bold, size, x + 2, y - headerHeight + 3);
            } else {
                content.saveGraphicsState();
                content.beginText();
                content.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(
                        Math.PI / 2, x + columnWidth / 2 + size / 3, y - headerHeight + 4));
                showSegments(safe(header[c]), bold, size);
                content.endText();
                content.restoreGraphicsState();
            }
            x += columnWidth;
        }
        y -= headerHeight;
        rule(0.8f);
        for (int r = 1; r < rows.size(); r++) {
            float height = rowHeight(fractions, rows.get(r), regular, size);
            if (y - height < MARGIN) {
                newPage();
            }
            fillCells(fractions, fills.get(r - 1), height);
            row(fractions, rows.get(r), regular, size, false);
        }
        space(12);
    }

    private void fillCells(float[] fractions, Color[] rowFills, float height) throws IOException {
        float cellX = MARGIN;
        for (int c = 0; c < fractions.length; c++) {
            float columnWidth = fractions[c] * width();
            if (rowFills[c] != null) {
                content.setNonStrokingColor(rowFills[c]);
                content.addRect(cellX + 0.5f, y - height + 0.5f, columnWidth - 1, height - 1);
                content.fill();
                content.setNonStrokingColor(Color.BLACK);
            }
            cellX += columnWidth;
        }
    }

    private float rowHeight(float[] fractions, String[] cells, PDFont font, float size) throws IOException {
        int lines = 1;
        for (int c = 0; c < fractions.length; c++) {
            lines = Math.max(
                    lines,
                    wrap(safe(cells[c]), font, size, fractions[c] * width() - 6).size());
        }
        return lines * size * LEADING + 4;
    }

    private void row(float[] fractions, String[] cells, PDFont font, float size, boolean header) throws IOException {
        float height = rowHeight(fractions, cells, font, size);
        float x = MARGIN;
        for (int c = 0; c < fractions.length; c++) {
            float lineY = y - 2;
            for (String line : wrap(safe(cells[c]), font, size, fractions[c] * width() - 6)) {
                lineY -= size * LEADING;
                write(line, font, size, x + 2, lineY);
            }
            x += fractions[c] * width();
        }
        y -= height;
        rule(header ? 0.8f : 0.3f);
    }

    private void rule(float lineWidth) throws IOException {
        content.setLineWidth(lineWidth);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + width(), y);
        content.stroke();
    }

    /** Closes the last page, then stamps the running header, the page numbers and any warning. */
    @Override
    public void close() throws IOException {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stamp =
                    new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                content = stamp;
                content.setNonStrokingColor(new Color(0x59, 0x59, 0x59));
                String number = "Page " + (i + 1) + " of " + pages;
                write(number, regular, 8, (pageSize.getWidth() - width(number, regular, 8)) / 2, MARGIN / 2);
                if (i > 0 && !headerLeft.isEmpty()) {
                    float top = pageSize.getHeight() - MARGIN / 2;
                    write(safe(headerLeft), regular, 8, MARGIN, top);
                    String right = safe(headerRight);
                    write(right, regular, 8, MARGIN + width() - width(right, regular, 8), top);
                }
                if (i == 0 && !unprintable.isEmpty()) {
                    write(warning(), bold, 8, MARGIN, MARGIN);
                }
            } finally {
                content = null;
            }
        }
    }

    /** Names, by code point, the characters that printed as '?'. */
    private String warning() {
        StringBuilder text = new StringBuilder("No font on this computer prints these characters, shown as '?': ");
        int shown = 0;
        for (int codePoint : unprintable) {
            if (shown++ == 12) {
                text.append(" and ").append(unprintable.size() - 12).append(" more");
                break;
            }
            text.append(shown > 1 ? ", " : "").append(String.format("U+%04X", codePoint));
        }
        return text.append('.').toString();
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void write(String text, PDFont font, float size, float x, float atY) throws IOException {
        content.beginText();
        content.newLineAtOffset(x, atY);
        showSegments(text, font, size);
        content.endText();
    }

    /** Shows {@code text}, each run of characters in the first font that has them. */
    private void showSegments(String text, PDFont font, float size) throws IOException {
        for (Segment segment : segments(text, font)) {
            content.setFont(segment.font(), size);
            content.showText(segment.text());
        }
    }

    private record Segment(PDFont font, String text) {}

    private List<Segment> segments(String text, PDFont font) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            PDFont chosen = fontFor(codePoint, font);
            String character = chosen == null ? "?" : Character.toString(codePoint);
            if (chosen == null) {
                chosen = font;
            }
            if (current != null && chosen != current) {
                segments.add(new Segment(current, run.toString()));
                run.setLength(0);
            }
            current = chosen;
            run.append(character);
        }
        if (current != null) {
            segments.add(new Segment(current, run.toString()));
        }
        return segments;
    }

    /** {@code font} when it has the character, else the fallback when it has it, else none. */
    private PDFont fontFor(int codePoint, PDFont font) {
        if (canEncode(font, codePoint)) {
            return font;
        }
        Optional<PDFont> other = fallback();
        if (other.isPresent() && canEncode(other.get(), codePoint)) {
            return other.get();
        }
        unprintable.add(codePoint);
        return null;
    }

    private Optional<PDFont> fallback() {
        if (fallback == null) {
            fallback = FallbackFont.file().flatMap(this::load);
        }
        return fallback;
    }

    private Optional<PDFont> load(java.nio.file.Path file) {
        try {
            TrueTypeFont font =
                    new TTFParser().parse(new RandomAccessReadBuffer(java.nio.file.Files.readAllBytes(file)));
            font.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(font);
            return Optional.of(PDType0Font.load(document, font, true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not a font PDFBox can embed: the characters print as '?'
        }
    }

    private float width(String text, PDFont font, float size) throws IOException {
        float width = 0;
        for (Segment segment : segments(text, font)) {
            width += segment.font().getStringWidth(segment.text()) / 1000 * size;
        }
        return width;
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth || line.isEmpty()) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Tabs and carriage returns as spaces; the fonts' coverage is handled per character when written. */
    private static String safe(String text) {
        return text.replace('\t', ' ').replace('\r', ' ');
    }

    private boolean canEncode(PDFont font, int codePoint) {
        return encodable.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(Character.toString(cp));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
