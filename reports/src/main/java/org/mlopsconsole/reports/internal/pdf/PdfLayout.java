package org.mlopsconsole.reports.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * A minimal flowing layout on A4 pages: wrapped paragraphs, headings, pictures and simple tables,
 * starting a new page when the next block does not fit. Text is set in Liberation Sans (SIL OFL
 * 1.1, from the openpdf-fonts-extra jar), embedded as a subset of the glyphs used: it covers Latin
 * with its extensions, Greek and Cyrillic; anything else (CJK, symbols) prints as '?'.
 */
final class PdfLayout implements AutoCloseable {

    static final float MARGIN = 56;
    private static final float LEADING = 1.3f;

    private static final String REGULAR_FONT = "/liberation/LiberationSans-Regular.ttf";
    private static final String BOLD_FONT = "/liberation/LiberationSans-Bold.ttf";

    private final PDDocument document;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PdfLayout(PDDocument document) {
        this.document = document;
        this.regular = embeddedFont(document, REGULAR_FONT);
        this.bold = embeddedFont(document, BOLD_FONT);
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
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    void space(float points) {
        y -= points;
    }

    void moveTo(float fromTop) {
        y = PDRectangle.A4.getHeight() - fromTop;
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

    void centered(String text, float size, boolean isBold) throws IOException {
        PDFont font = isBold ? bold : regular;
        for (String line : wrap(safe(text), font, size, width())) {
            y -= size * LEADING;
            float lineWidth = font.getStringWidth(line) / 1000 * size;
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

    /** A table with a bold header; {@code fractions} share the text width between columns. */
    void table(float[] fractions, List<String[]> rows, float size) throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            PDFont font = r == 0 ? bold : regular;
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < fractions.length; c++) {
                List<String> wrapped = wrap(safe(rows.get(r)[c]), font, size, fractions[c] * width() - 6);
                cells.add(wrapped);
                lines = Math.max(lines, wrapped.size());
            }
            float height = lines * size * LEADING + 4;
            if (y - height < MARGIN) {
                newPage();
            }
            float x = MARGIN;
            for (int c = 0; c < fractions.length; c++) {
                float lineY = y - 2;
                for (String line : cells.get(c)) {
                    lineY -= size * LEADING;
                    write(line, font, size, x + 2, lineY);
                }
                x += fractions[c] * width();
            }
            y -= height;
            content.setLineWidth(r == 0 ? 0.8f : 0.3f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + width(), y);
            content.stroke();
        }
        space(12);
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }

    private void ensureRoom(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private void write(String text, PDFont font, float size, float x, float atY) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= maxWidth || line.isEmpty()) {
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

    /** Replaces what the fonts have no glyph for, which PDFBox would otherwise refuse. */
    private String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (codePoint == '\t' || codePoint == '\r') {
                out.append(' ');
            } else {
                out.append(encodable.computeIfAbsent(codePoint, this::canEncode) ? Character.toString(codePoint) : "?");
            }
        });
        return out.toString();
    }

    private boolean canEncode(int codePoint) {
        try {
            String character = Character.toString(codePoint);
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
