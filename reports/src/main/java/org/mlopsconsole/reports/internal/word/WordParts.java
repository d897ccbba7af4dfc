package org.mlopsconsole.reports.internal.word;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlException;
import org.mlopsconsole.reports.PaperSize;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** The parts of a Word file POI has no friendly API for: the styles part, the page, fields. */
final class WordParts {

    /** Page margins on every side: 2 cm. */
    static final int MARGIN_TWIPS = 1134;

    private static final String STYLES = "/org/mlopsconsole/reports/word/styles.xml";

    private WordParts() {}

    /** Installs the report's styles part (Heading 1-3, TOC 1-3, Table Text, ...). */
    static void installStyles(XWPFDocument document) {
        try (InputStream in = WordParts.class.getResourceAsStream(STYLES)) {
            if (in == null) {
                throw new IllegalStateException("the Word styles " + STYLES + " are missing from the class path");
            }
            document.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Word styles", e);
        } catch (XmlException e) {
            throw new IllegalStateException("the Word styles are not valid XML", e);
        }
    }

    /** Sets the page size and margins of the document's (one) section. */
    static void page(XWPFDocument document, PaperSize paper) {
        var body = document.getDocument().getBody();
        CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(paper.widthTwips()));
        size.setH(BigInteger.valueOf(paper.heightTwips()));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN_TWIPS);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    /** The width between the margins, in twips. */
    static int textWidthTwips(PaperSize paper) {
        return paper.widthTwips() - 2 * MARGIN_TWIPS;
    }

    /** A simple field such as PAGE or NUMPAGES, showing {@code shown} until the reader updates it. */
    static void simpleField(XWPFParagraph paragraph, String instruction, String shown) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        field.addNewR().addNewT().setStringValue(shown);
    }

    /** Opens a complex field (begin, instruction, separate); its shown result follows, then {@link #endField}. */
    static void beginField(XWPFParagraph paragraph, String instruction) {
        CTR begin = paragraph.getCTP().addNewR();
        begin.addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        begin.getFldCharArray(0).setDirty(true);
        CTR code = paragraph.getCTP().addNewR();
        var text = code.addNewInstrText();
        text.setStringValue(" " + instruction + " ");
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        paragraph.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void endField(XWPFParagraph paragraph) {
        paragraph.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
    }
}
