package org.mlopsconsole.reports.internal.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.Crosswalk;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.QuestionScore;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.DimensionVerdict;
import org.mlopsconsole.assessment.analysis.OverallVerdict;
import org.mlopsconsole.assessment.analysis.QuestionFinding;
import org.mlopsconsole.assessment.analysis.RoadmapItem;
import org.mlopsconsole.reports.Engagement;
import org.mlopsconsole.reports.ReportInput;
import org.mlopsconsole.reports.internal.PlanText;
import org.mlopsconsole.reports.internal.Respondents;
import org.mlopsconsole.reports.internal.charts.ChartImages;

/**
 * The assessment workbook: Summary with charts, Dimensions, Questions, Risks, Plan (with a timeline
 * grid), Roadmap, Evidence, RACI, Tool coverage, Challenges, Crosswalk, Method.
 */
public final class ReportWorkbook {

    public static final String SUMMARY = "Summary";
    public static final String DIMENSIONS = "Dimensions";
    public static final String QUESTIONS = "Questions";
    public static final String ROADMAP = "Roadmap";
    public static final String CROSSWALK = "Crosswalk";
    public static final String METHOD = "Method";

    /** Row (0-based) of the Summary's dimension table header, which the charts read. */
    static final int SUMMARY_TABLE_HEADER = 15;

    private final ReportInput input;
    private final MaturityModel model;
    private final ScoreReport report;
    private final AssessmentAnalysis analysis;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Cells cells = new Cells(workbook);

    private final Optional<ReportInput> baseline;

    private ReportWorkbook(ReportInput input, Optional<ReportInput> baseline) {
        this.input = input;
        this.baseline = baseline;
        this.model = input.model();
        this.report = input.score();
        this.analysis = input.analysis();
    }

    /** The workbook; with a baseline it also compares this assessment with that earlier one. */
    public static void write(ReportInput input, Optional<ReportInput> baseline, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new ReportWorkbook(input, baseline).build()) {
            workbook.write(out);
        }
    }

    private XSSFWorkbook build() {
        summary();
        baseline.ifPresent(earlier -> ComparisonSheets.write(workbook, cells, earlier, input));
        dimensions();
        questions();
        RiskSheet.write(workbook.createSheet(RiskSheet.NAME), cells, input.risks());
        PlanSheet.write(workbook.createSheet(PlanSheet.NAME), cells, input.plan());
        roadmap();
        EvidenceSheet.write(workbook.createSheet(EvidenceSheet.NAME), cells, input);
        new EngagementSheets(workbook, cells).write(input.engagementContext(), model);
        crosswalk();
        MethodSheet.write(workbook.createSheet(METHOD), cells, model, report.methodVersion());
        workbook.setActiveSheet(0);
        return workbook;
    }

    private void summary() {
        XSSFSheet sheet = workbook.createSheet(SUMMARY);
        Engagement engagement = input.engagement();
        cells.title(sheet.createRow(0), 0, "MLOps maturity assessment");
        int row = 2;
        row = fact(sheet, row, "Organization", engagement.organization());
        row = fact(sheet, row, "Team", engagement.team());
        row = fact(sheet, row, "Assessor", engagement.assessor());
        Row dateRow = sheet.createRow(row++);
        cells.label(dateRow, 0, "Date");
        cells.date(dateRow, 1, engagement.date());
        row = fact(sheet, row, "Model", model.name() + " (" + model.id() + ", version " + model.version() + ")");
        row = fact(sheet, row, "Scoring", model.scoring().code() + ", method version " + report.methodVersion());
        row = fact(sheet, row, "Participants", String.join(", ", Respondents.names(input.responses())));
        OverallVerdict overall = analysis.overall();
        row = fact(sheet, row, "Overall level", overall.levelText());
        Row scoreRow = sheet.createRow(row++);
        cells.label(scoreRow, 0, "Overall score " + ChartImages.scoreScale(model));
        cells.score(scoreRow, 1, model.scoring(), report.overall().score());
        Row whyRow = sheet.createRow(row++);
        cells.label(whyRow, 0, "Why");
        cells.text(whyRow, 1, overall.reason());
        row = fact(sheet, row, "Risks", input.risks().countsText() + " (Risks sheet)");
        fact(
                sheet,
                row,
                "Improvement plan",
                input.plan().isEmpty() ? PlanText.EMPTY : PlanText.overview(input.plan()) + " (Plan sheet)");

        cells.header(sheet.createRow(SUMMARY_TABLE_HEADER), "Dimension", "Level", "Target", "Score", "Status");
        int first = SUMMARY_TABLE_HEADER + 1;
        List<DimensionVerdict> dimensions = analysis.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionVerdict dimension = dimensions.get(i);
            Row tableRow = sheet.createRow(first + i);
            cells.text(tableRow, 0, dimension.name());
            cells.level(tableRow, 1, dimension.level());
            cells.integer(tableRow, 2, dimension.target());
            cells.score(tableRow, 3, model.scoring(), dimension.score().score());
            cells.text(tableRow, 4, dimension.status().words());
        }
        int last = first + model.dimensions().size() - 1;
        Cells.widths(sheet, 34, 12, 10, 10, 14, 2);
        charts(sheet, new Charts.Table(sheet, first, last, 0));
        Sheets.printOnOnePage(sheet);
    }

    private void charts(XSSFSheet sheet, Charts.Table table) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        double topLevel = model.levels().get(model.levels().size() - 1).id();
        boolean anyTarget =
                report.dimensions().stream().anyMatch(d -> d.target().isPresent());
        XSSFClientAnchor radarAnchor = drawing.createAnchor(0, 0, 0, 0, 6, 0, 15, 24);
        if (anyTarget) {
            Charts.radar(drawing, radarAnchor, "Level per dimension: current and target", table, topLevel, 1, 2);
        } else {
            Charts.radar(drawing, radarAnchor, "Level per dimension", table, topLevel, 1);
        }
        int barRows = Math.max(18, model.dimensions().size() * 3 / 2 + 8);
        XSSFClientAnchor barAnchor = drawing.createAnchor(0, 0, 0, 0, 6, 25, 15, 25 + barRows);
        Charts.bars(
                drawing,
                barAnchor,
                "Score per dimension " + ChartImages.scoreScale(model),
                table,
                ChartImages.scoreAxisMax(model),
                3);
    }

    private int fact(XSSFSheet sheet, int row, String label, String value) {
        Row line = sheet.createRow(row);
        cells.label(line, 0, label);
        cells.text(line, 1, value);
        return row + 1;
    }

    private void dimensions() {
        XSSFSheet sheet = workbook.createSheet(DIMENSIONS);
        Cells.widths(sheet, 22, 28, 8, 7, 16, 8, 8, 6, 80);
        cells.header(
                sheet.createRow(0),
                "Dimension id",
                "Dimension",
                "Weight",
                "Level",
                "Level name",
                "Score",
                "Target",
                "Gap",
                "Why");
        List<DimensionVerdict> dimensions = analysis.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionVerdict dimension = dimensions.get(i);
            Row row = sheet.createRow(i + 1);
            cells.text(row, 0, dimension.id());
            cells.wrappedText(row, 1, dimension.name());
            cells.number(row, 2, dimension.dimension().weight());
            cells.level(row, 3, dimension.level());
            cells.wrappedText(
                    row,
                    4,
                    dimension.level().map(Level::name).orElse(dimension.status().words()));
            cells.score(row, 5, model.scoring(), dimension.score().score());
            cells.integer(row, 6, dimension.target());
            cells.integer(row, 7, dimension.gap());
            cells.wrappedText(row, 8, dimension.reason());
        }
        Sheets.table(sheet, 0, model.dimensions().size(), 9);
        Sheets.printFitToWidth(sheet);
    }

    private void questions() {
        XSSFSheet sheet = workbook.createSheet(QUESTIONS);
        List<Respondent> respondents = input.responses().respondents();
        List<String> names = Respondents.names(input.responses());
        List<String> headers = new ArrayList<>(List.of("Dimension", "Question id", "Level", "Weight", "Question"));
        headers.addAll(names);
        headers.addAll(List.of("Aggregate", "Source", "Disagreement", "Rated by", "Notes"));
        Cells.widths(sheet, questionWidths(names));
        cells.header(sheet.createRow(0), headers.toArray(String[]::new));
        int rowIndex = 1;
        for (Dimension dimension : model.dimensions()) {
            for (Question question : dimension.questions()) {
                Row row = sheet.createRow(rowIndex++);
                cells.text(row, 0, dimension.name());
                cells.text(row, 1, question.id());
                cells.integer(row, 2, question.level());
                cells.number(row, 3, question.weight());
                cells.wrappedText(row, 4, question.text());
                int column = 5;
                for (Respondent respondent : respondents) {
                    Rating rating = respondent.ratings().get(question.id());
                    cells.text(
                            row,
                            column++,
                            rating == null ? "" : model.ratingScale().shown(rating));
                }
                QuestionFinding finding = analysis.question(question.id());
                QuestionScore score = finding.score();
                cells.text(row, column++, finding.ratingText());
                cells.text(row, column++, source(question, score));
                cells.text(row, column++, score.disagreement() ? "yes" : "no");
                cells.integer(row, column++, score.ratedBy());
                cells.wrappedText(row, column, notes(question, respondents, names));
            }
        }
        Sheets.table(sheet, 0, rowIndex - 1, headers.size());
        sheet.createFreezePane(2, 1);
        Sheets.printFitToWidth(sheet);
    }

    private static int[] questionWidths(List<String> names) {
        int[] widths = new int[names.size() + 10];
        int[] fixed = {24, 24, 6, 7, 60};
        System.arraycopy(fixed, 0, widths, 0, fixed.length);
        for (int i = 0; i < names.size(); i++) {
            widths[5 + i] = Math.max(6, Math.min(16, names.get(i).length() + 2));
        }
        int[] tail = {11, 13, 13, 9, 50};
        System.arraycopy(tail, 0, widths, 5 + names.size(), tail.length);
        return widths;
    }

    private String source(Question question, QuestionScore score) {
        if (input.responses().consensus().containsKey(question.id())) {
            return "consensus";
        }
        if (score.rating().isEmpty()) {
            return "";
        }
        return score.rating().get() == Rating.NA ? "all NA" : "lower median";
    }

    private static String notes(Question question, List<Respondent> respondents, List<String> names) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < respondents.size(); i++) {
            String note = respondents.get(i).notes().get(question.id());
            if (note != null && !note.isBlank()) {
                lines.add(names.get(i) + ": " + note.strip());
            }
        }
        return String.join("\n", lines);
    }

    private void roadmap() {
        XSSFSheet sheet = workbook.createSheet(ROADMAP);
        Cells.widths(sheet, 5, 14, 24, 60, 6, 24, 11, 6, 10, 10, 50);
        cells.header(
                sheet.createRow(0),
                "#",
                "Horizon",
                "Dimension",
                "Action",
                "Level",
                "Question id",
                "Rating",
                "Gap",
                "Dimension weight",
                "Reaches target",
                "Guidance");
        List<RoadmapItem> items = analysis.roadmap();
        for (int i = 0; i < items.size(); i++) {
            RoadmapItem item = items.get(i);
            Question question = item.question().question();
            Row row = sheet.createRow(i + 1);
            cells.integer(row, 0, i + 1);
            cells.text(row, 1, item.label());
            cells.wrappedText(row, 2, item.dimension().name());
            cells.wrappedText(row, 3, question.text());
            cells.level(row, 4, item.level());
            cells.text(row, 5, question.id());
            cells.text(row, 6, item.question().ratingText());
            cells.integer(row, 7, item.dimension().gap());
            cells.number(row, 8, item.dimension().dimension().weight());
            cells.text(row, 9, reachesTarget(item) ? "yes" : "no");
            cells.wrappedText(row, 10, question.guidance());
        }
        Sheets.table(sheet, 0, items.size(), 11);
        Sheets.printFitToWidth(sheet);
    }

    /** Whether the item lies at or below the dimension's target, so doing it works toward the target. */
    private static boolean reachesTarget(RoadmapItem item) {
        OptionalInt target = item.dimension().target();
        return target.isPresent()
                && item.level().map(level -> level.id() <= target.getAsInt()).orElse(false);
    }

    /** Only for the practices model, whose answers the crosswalk carries to every other model. */
    private void crosswalk() {
        ModelCatalog catalog = ModelCatalog.bundled();
        if (!model.equals(catalog.practicesModel())) {
            return;
        }
        List<Crosswalk.Result> results = new Crosswalk(catalog).deriveAll(input.responses());
        XSSFSheet sheet = workbook.createSheet(CROSSWALK);
        Cells.widths(sheet, 20, 50, 11, 7, 40, 8, 14);
        cells.header(
                sheet.createRow(0), "Model id", "Model", "Scoring", "Level", "Level name", "Score", "Questions rated");
        Map<String, MaturityModel> byId = new java.util.HashMap<>();
        catalog.models().forEach(m -> byId.put(m.id(), m));
        for (int i = 0; i < results.size(); i++) {
            Crosswalk.Result result = results.get(i);
            ScoreReport other = result.report();
            Row row = sheet.createRow(i + 1);
            cells.text(row, 0, other.model());
            cells.wrappedText(row, 1, byId.get(other.model()).name());
            cells.text(row, 2, other.scoring().code());
            cells.level(row, 3, other.overall().level());
            cells.wrappedText(
                    row,
                    4,
                    other.overall()
                            .level()
                            .map(Level::name)
                            .orElse(other.overall().status().words()));
            cells.score(row, 5, other.scoring(), other.overall().score());
            cells.text(row, 6, result.derived() + " of " + result.questions());
        }
        Sheets.table(sheet, 0, results.size(), 7);
        Sheets.printFitToWidth(sheet);
    }
}
