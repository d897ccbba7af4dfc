package org.mlopsconsole.reports.internal.slides;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.sl.usermodel.TableCell.BorderEdge;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTable;
import org.apache.poi.xslf.usermodel.XSLFTableCell;
import org.apache.poi.xslf.usermodel.XSLFTableRow;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;

/** The deck's drawing primitives: text boxes, tables and shapes in one style. */
final class Slides {

    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color HEADER_FILL = new Color(0xDE, 0xEA, 0xF6);
    static final Color RULE = new Color(0xBF, 0xBF, 0xBF);

    private Slides() {}

    static XSLFTextBox box(XSLFSlide slide, double x, double y, double width, double height) {
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle2D.Double(x, y, width, height));
        box.setWordWrap(true);
        if (box.getTextParagraphs().isEmpty()) {
            box.addNewTextParagraph();
        }
        return box;
    }

    /** The shape's next paragraph: its first, empty one, then new ones. */
    static XSLFTextParagraph next(XSLFTextShape shape) {
        List<XSLFTextParagraph> paragraphs = shape.getTextParagraphs();
        if (paragraphs.isEmpty()) {
            return shape.addNewTextParagraph();
        }
        XSLFTextParagraph last = paragraphs.get(paragraphs.size() - 1);
        return paragraphs.size() == 1 && last.getTextRuns().isEmpty() ? last : shape.addNewTextParagraph();
    }

    static XSLFTextRun text(XSLFTextParagraph paragraph, String value, double size, boolean bold, Color color) {
        XSLFTextRun run = paragraph.addNewTextRun();
        run.setText(value);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
        return run;
    }

    /** Paragraphs into one box, bulleted or not. */
    static XSLFTextBox lines(
            XSLFSlide slide, Rectangle2D area, List<String> lines, double size, boolean bullets, Color color) {
        XSLFTextBox box = box(slide, area.getX(), area.getY(), area.getWidth(), area.getHeight());
        for (String line : lines) {
            XSLFTextParagraph paragraph = next(box);
            paragraph.setBullet(bullets);
            if (bullets) {
                paragraph.setLeftMargin(16.0);
                paragraph.setIndent(-12.0);
            }
            paragraph.setSpaceAfter(5.0);
            text(paragraph, line, size, false, color);
        }
        return box;
    }

    /**
     * A table with a shaded header row; {@code widths} in points, {@code rows} starting with the
     * header.
     */
    static XSLFTable table(XSLFSlide slide, double x, double y, double[] widths, List<String[]> rows, double size) {
        XSLFTable table = slide.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XSLFTableRow row = table.addRow();
            for (int c = 0; c < widths.length; c++) {
                XSLFTableCell cell = row.addCell();
                XSLFTextParagraph paragraph = next(cell);
                text(paragraph, rows.get(r)[c], size, r == 0, r == 0 ? ACCENT : Color.BLACK);
                cell.setInsets(new org.apache.poi.sl.usermodel.Insets2D(2, 4, 2, 4));
                cell.setVerticalAlignment(VerticalAlignment.MIDDLE);
                cell.setBorderColor(BorderEdge.bottom, RULE);
                cell.setBorderWidth(BorderEdge.bottom, 0.5);
                if (r == 0) {
                    cell.setFillColor(HEADER_FILL);
                }
            }
        }
        for (int c = 0; c < widths.length; c++) {
            table.setColumnWidth(c, widths[c]);
        }
        double width = 0;
        for (double w : widths) {
            width += w;
        }
        table.setAnchor(new Rectangle2D.Double(x, y, width, rows.size() * size * 2));
        return table;
    }

    /** A filled shape with centred text. */
    static XSLFAutoShape shape(
            XSLFSlide slide, ShapeType type, Rectangle2D area, Color fill, String value, double size, Color color) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(type);
        shape.setAnchor(area);
        shape.setFillColor(fill);
        shape.setLineColor(fill);
        shape.setVerticalAlignment(VerticalAlignment.MIDDLE);
        XSLFTextParagraph paragraph = next(shape);
        paragraph.setTextAlign(TextAlign.CENTER);
        text(paragraph, value, size, true, color);
        return shape;
    }
}
