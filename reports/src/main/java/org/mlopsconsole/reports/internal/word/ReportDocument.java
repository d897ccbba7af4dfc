package org.mlopsconsole.reports.internal.word;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.assessment.plan.ImprovementPlan;
import org.mlopsconsole.assessment.plan.Phase;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.EngagementContext;
import org.mlopsconsole.reports.PaperSize;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.ColumnWidths;
import org.mlopsconsole.reports.internal.EngagementText;
import org.mlopsconsole.reports.internal.EvidenceText;
import org.mlopsconsole.reports.internal.MethodText;
import org.mlopsconsole.reports.internal.PlanText;
import org.mlopsconsole.reports.internal.ReportTables;
import org.mlopsconsole.reports.internal.Summary;
import org.mlopsconsole.reports.internal.charts.ChartImages;
import org.mlopsconsole.reports.internal.charts.PlanChart;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The client report in Word, on real styles (Heading 1-3, a table of contents, page numbers, A4 or
 * Letter): cover, contents, executive summary with charts and risk counts, findings per
 * dimension, risks, the improvement plan by phase, roadmap, the engagement's RACI, tool coverage and
 * challenges, and appendices with every question,
 * the evidence per question and the scoring method. Tables have a grid sized to their
 * content, a header row that repeats on every page and rows that never split.
 */
public final class ReportDocument {

    private static final String SEPARATOR = " · ";
    private static final String EVIDENCE_APPENDIX = "Appendix B: evidence per question";
    private static final String METHOD_APPENDIX = "Appendix C: how the assessment was scored";
    private static final String RACI_HEADING = "Roles and responsibilities (RACI)";
    private static final String TOOLS_HEADING = "Tool coverage";
    private static final String CHALLENGES_HEADING = "Challenges";

    private final ReportInput input;
    private final MaturityModel model;
    private final ScoreReport report;
    private final Summary summary;
    private final AssessmentAnalysis analysis;
    private final PaperSize paper;
    private final XWPFDocument document = new XWPFDocument();

    private ReportDocument(ReportInput input) {
        this.input = input;
        this.model = input.model();
        this.report = input.score();
        this.summary = new Summary(input);
        this.analysis = summary.analysis();
        this.paper = input.options().paper();
    }

    public static void write(ReportInput input, OutputStream out) throws IOException {
        try (XWPFDocument document = new ReportDocument(input).build()) {
            document.write(out);
        }
    }

    private XWPFDocument build() throws IOException {
        WordParts.installStyles(document);
        WordParts.page(document, paper);
        document.getProperties().getCoreProperties().setTitle(summary.title());
        document.getProperties()
                .getCoreProperties()
                .setCreator(summary.consultancy().isEmpty() ? "MLOps Console" : summary.consultancy());
        headerAndFooter();
        cover();
        contents();
        executiveSummary();
        findingsPerDimension();
        risks();
        improvementPlan();
        roadmap();
        engagementContext();
        appendices();
        // Word refreshes the contents' page numbers on opening; LibreOffice shows the entries.
        document.enforceUpdateFields();
        return document;
    }

    private void headerAndFooter() throws IOException {
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph top = header.createParagraph();
        top.setStyle("Header");
        Branding branding = input.options().branding();
        if (branding.logo().isPresent()) {
            logo(top, branding.logo().get(), 18);
            top.createRun().setText(" ");
        }
        top.createRun().setText(summary.headerLine(SEPARATOR));
        if (!summary.consultancy().isEmpty()) {
            top.createRun().addTab();
            top.createRun().setText(summary.consultancy());
        }
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph bottom = footer.createParagraph();
        bottom.setStyle("Footer");
        bottom.createRun().setText("Page ");
        WordParts.simpleField(bottom, "PAGE", "1");
        bottom.createRun().setText(" of ");
        WordParts.simpleField(bottom, "NUMPAGES", "1");
    }

    private void cover() throws IOException {
        Branding branding = input.options().branding();
        if (branding.logo().isPresent()) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setSpacingBefore(1200);
            logo(paragraph, branding.logo().get(), 60);
        }
        styled("Title", summary.title());
        styled("Subtitle", summary.headline(SEPARATOR));
        for (String line : summary.coverLines()) {
            styled("Subtitle", line);
        }
        summary.preparedBy().ifPresent(line -> styled("Subtitle", line));
    }

    private void contents() {
        styled("TOCHeading", "Contents");
        XWPFParagraph field = document.createParagraph();
        field.setStyle("TOC1");
        WordParts.beginField(field, "TOC \\o \"1-2\" \\h \\z \\u");
        List<String[]> entries = tableOfContents();
        for (int i = 0; i < entries.size(); i++) {
            XWPFParagraph entry = i == 0 ? field : document.createParagraph();
            entry.setStyle(entries.get(i)[0]);
            entry.createRun().setText(entries.get(i)[1]);
        }
        XWPFParagraph end = document.createParagraph();
        WordParts.endField(end);
    }

    /** The contents' entries (style, text) as shown before Word updates the field with page numbers. */
    private List<String[]> tableOfContents() {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"TOC1", "Executive summary"});
        entries.add(new String[] {"TOC1", "Findings per dimension"});
        analysis.dimensions().forEach(dimension -> entries.add(new String[] {"TOC2", dimension.name()}));
        entries.add(new String[] {"TOC1", "Risks"});
        entries.add(new String[] {"TOC1", "Improvement plan"});
        entries.add(new String[] {"TOC1", "Roadmap"});
        entries.add(new String[] {"TOC1", EngagementText.SECTION});
        if (!input.engagementContext().isEmpty()) {
            entries.add(new String[] {"TOC2", RACI_HEADING});
            entries.add(new String[] {"TOC2", TOOLS_HEADING});
            entries.add(new String[] {"TOC2", CHALLENGES_HEADING});
        }
        entries.add(new String[] {"TOC1", "Appendix A: every question"});
        entries.add(new String[] {"TOC1", EVIDENCE_APPENDIX});
        entries.add(new String[] {"TOC1", METHOD_APPENDIX});
        return entries;
    }

    private void executiveSummary() throws IOException {
        heading("Executive summary", 1);
        summary.paragraphs().forEach(this::paragraph);
        paragraph(summary.riskLine());
        paragraph(input.plan().isEmpty() ? PlanText.EMPTY : "Improvement plan: " + PlanText.overview(input.plan()));
        table(ReportTables.dimensions(analysis, "–"));
        if (analysis.overall().isRated()) {
            picture(ChartImages.levels(model, report), "levels.png", ChartImages.levelsHeight(report));
            picture(ChartImages.scores(model, report), "scores.png", ChartImages.scoresHeight(report));
        }
    }

    private void findingsPerDimension() {
        heading("Findings per dimension", 1);
        for (DimensionVerdict dimension : analysis.dimensions()) {
            heading(dimension.name(), 2);
            styled("Facts", Summary.facts(dimension, SEPARATOR));
            if (!dimension.dimension().description().isBlank()) {
                paragraph(dimension.dimension().description());
            }
            paragraph("Why: " + dimension.reason());
            List<RoadmapItem> items = analysis.roadmap().stream()
                    .filter(item -> item.dimension().id().equals(dimension.id()))
                    .toList();
            if (!items.isEmpty()) {
                heading("Next steps", 3);
                for (RoadmapItem item : items) {
                    styled(
                            "ListBullet",
                            "•\t" + item.text() + ", " + item.horizon().words());
                }
            }
        }
    }

    private void risks() {
        heading("Risks", 1);
        paragraph(summary.riskLine() + " " + MethodText.RISK_RULE);
        List<String[]> rows = ReportTables.risks(input.risks());
        if (rows.size() == 1) {
            paragraph("No question is at high or medium risk.");
            return;
        }
        table(rows);
    }

    /** The plan by phase: the Gantt-like picture, then a table per phase; without a plan, the roadmap's note. */
    private void improvementPlan() throws IOException {
        heading("Improvement plan", 1);
        ImprovementPlan plan = input.plan();
        if (plan.isEmpty()) {
            paragraph(PlanText.EMPTY);
            return;
        }
        paragraph(PlanText.overview(plan));
        picture(PlanChart.png(plan), "plan.png", PlanChart.height(plan));
        List<String[]> rows = PlanText.table(plan, "–");
        for (Phase phase : Phase.values()) {
            List<String[]> inPhase = new ArrayList<>();
            inPhase.add(java.util.Arrays.copyOfRange(rows.get(0), 1, rows.get(0).length));
            rows.stream()
                    .skip(1)
                    .filter(row -> row[0].equals(phase.label()))
                    .forEach(row -> inPhase.add(java.util.Arrays.copyOfRange(row, 1, row.length)));
            heading(phase.label(), 2);
            if (inPhase.size() == 1) {
                paragraph("Nothing planned in this phase.");
            } else {
                table(inPhase);
            }
        }
    }

    private void roadmap() {
        heading("Roadmap", 1);
        paragraph(MethodText.ROADMAP_RULE);
        List<RoadmapItem> items = analysis.roadmap();
        if (items.isEmpty()) {
            paragraph("Nothing on the roadmap: no rated dimension has a question left to satisfy.");
            return;
        }
        table(ReportTables.roadmap(analysis, "–"));
    }

    /** The RACI with its check, the tool coverage heatmap with suggestions, the challenge register. */
    private void engagementContext() {
        heading(EngagementText.SECTION, 1);
        EngagementContext context = input.engagementContext();
        if (context.isEmpty()) {
            paragraph(EngagementText.NOTHING_MAPPED);
            return;
        }
        heading(RACI_HEADING, 2);
        if (context.raci().isEmpty()) {
            paragraph(EngagementText.NO_RACI);
        } else {
            EngagementContext.CheckedRaci raci = context.raci().get();
            paragraph(EngagementText.raciOverview(raci));
            paragraph(EngagementText.RACI_LEGEND);
            table(EngagementText.raciGrid(raci.grid()), EngagementText.raciFills(raci.grid()));
            heading("RACI check", 3);
            List<String> findings = EngagementText.findingLines(raci.check());
            if (findings.isEmpty()) {
                paragraph("The RACI passes: every activity has one Accountable and a Responsible role, and no"
                        + " warning was raised.");
            }
            findings.forEach(line -> styled("ListBullet", "•\t" + line));
            List<String[]> people = EngagementText.people(raci.grid());
            if (people.size() > 1) {
                heading("People", 3);
                table(people);
            }
        }
        heading(TOOLS_HEADING, 2);
        if (context.tools().isEmpty()) {
            paragraph(EngagementText.NO_TOOLS);
        } else {
            EngagementContext.Tools tools = context.tools().get();
            paragraph(EngagementText.coverageOverview(tools));
            table(EngagementText.coverage(tools, "–"), EngagementText.coverageFills(tools));
            if (!tools.suggestions().isEmpty()) {
                paragraph(EngagementText.constraintsLine(tools));
                table(EngagementText.suggestions(tools));
            }
        }
        heading(CHALLENGES_HEADING, 2);
        if (context.challenges().entries().isEmpty()) {
            paragraph(EngagementText.NO_CHALLENGES);
        } else {
            paragraph(EngagementText.challengesOverview(context.challenges()));
            table(EngagementText.challenges(context.challenges(), model, "–"));
        }
    }

    private void appendices() {
        heading("Appendix A: every question", 1);
        table(ReportTables.questions(analysis));
        evidenceAppendix();
        heading(METHOD_APPENDIX, 1);
        List<String[]> lines = MethodText.lines(model, report.methodVersion());
        for (String[] line : lines.subList(1, lines.size())) {
            if (line[0].isEmpty() && line[1].isEmpty()) {
                continue;
            }
            if (line[1].isEmpty()) {
                heading(line[0], 3);
                continue;
            }
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun label = paragraph.createRun();
            label.setBold(true);
            label.setText(line[0] + ": ");
            paragraph.createRun().setText(line[1]);
        }
    }

    /** Per dimension (Heading 2), each question with evidence and its notes, links and attachments. */
    private void evidenceAppendix() {
        heading(EVIDENCE_APPENDIX, 1);
        List<EvidenceText.QuestionEntries> all = EvidenceText.of(input);
        if (all.isEmpty()) {
            paragraph(EvidenceText.NONE);
            return;
        }
        String dimension = "";
        for (EvidenceText.QuestionEntries question : all) {
            if (!question.question().dimension().id().equals(dimension)) {
                dimension = question.question().dimension().id();
                heading(question.question().dimension().name(), 2);
            }
            styled("Facts", question.question().named());
            for (EvidenceText.Entry entry : question.entries()) {
                XWPFParagraph line = styled("ListBullet", "");
                line.createRun().setText("•\t");
                if (entry.url().isPresent()) {
                    line.createRun().setText(entry.who() + " link: ");
                    XWPFHyperlinkRun link =
                            line.createHyperlinkRun(entry.url().get().toString());
                    link.setText(entry.text());
                    link.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                    link.setColor("0563C1");
                    if (!entry.text().equals(entry.url().get().toString())) {
                        line.createRun().setText(" (" + entry.url().get() + ")");
                    }
                } else {
                    line.createRun().setText(entry.line());
                }
            }
        }
    }

    private void heading(String text, int level) {
        styled("Heading" + level, text);
    }

    private void paragraph(String text) {
        styled("Normal", text);
    }

    private XWPFParagraph styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(style);
        if (!text.isEmpty()) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    /**
     * A table on the text width with a grid whose columns share it by content, the first row a
     * header repeated on every page, and no row split across pages.
     */
    private void table(List<String[]> rows) {
        table(rows, List.of());
    }

    /** The same, each body cell filled with its colour in {@code fills} (none when null or missing). */
    private void table(List<String[]> rows, List<Color[]> fills) {
        int columns = rows.get(0).length;
        int textWidth = WordParts.textWidthTwips(paper);
        float[] fractions = ColumnWidths.fractions(rows);
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.round(fractions[c] * textWidth);
        }
        XWPFTable table = document.createTable(rows.size(), columns);
        table.setStyleID("ReportTable");
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(textWidth));
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders(); // the style's borders, not POI's default grid
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                cell.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
                if (r == 0) {
                    cell.setColor("DEEAF6");
                } else if (r - 1 < fills.size() && fills.get(r - 1)[c] != null) {
                    cell.setColor(hex(fills.get(r - 1)[c]));
                }
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                paragraph.setStyle(r == 0 ? "TableHeading" : "TableText");
                paragraph.createRun().setText(rows.get(r)[c]);
            }
        }
        document.createParagraph();
    }

    private static String hex(Color colour) {
        return String.format("%02X%02X%02X", colour.getRed(), colour.getGreen(), colour.getBlue());
    }

    private void picture(byte[] png, String name, int heightPixels) throws IOException {
        XWPFParagraph paragraph = styled("Caption", "");
        paragraph.setKeepNext(false);
        double widthPoints = Math.min(ChartImages.WIDTH * 0.75, WordParts.textWidthTwips(paper) / 20.0);
        double heightPoints = heightPixels * widthPoints / ChartImages.WIDTH;
        addPicture(paragraph, png, name, widthPoints, heightPoints);
    }

    private void logo(XWPFParagraph paragraph, Branding.Logo logo, double heightPoints) throws IOException {
        addPicture(paragraph, logo.png(), "logo.png", heightPoints * logo.aspect(), heightPoints);
    }

    private static void addPicture(
            XWPFParagraph paragraph, byte[] png, String name, double widthPoints, double heightPoints)
            throws IOException {
        try {
            paragraph
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            PictureType.PNG,
                            name,
                            Units.toEMU(widthPoints),
                            Units.toEMU(heightPoints));
        } catch (InvalidFormatException e) {
            throw new IOException("picture rejected: " + e.getMessage(), e);
        }
    }
}
