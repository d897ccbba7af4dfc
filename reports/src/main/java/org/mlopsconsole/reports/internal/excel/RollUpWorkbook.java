package org.mlopsconsole.reports.internal.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.Level;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ScoreReport;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.assessment.analysis.RollUp;
import org.mlopsconsole.assessment.analysis.RollUp.DimensionFigures;
import org.mlopsconsole.reports.OrganizationRollUp;
import org.mlopsconsole.reports.OrganizationRollUp.TeamResult;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.reports.internal.charts.ChartImages;
import org.mlopsconsole.reports.internal.rollup.RollUpMethod;

/** The organization roll-up workbook: Summary with charts, Teams by dimension, Method. */
public final class RollUpWorkbook {

    public static final String SUMMARY = "Summary";
    public static final String TEAMS = "Teams by dimension";
    public static final String METHOD = "Method";

    /** Row (0-based) of the Summary's team table header, which the team chart reads. */
    static final int TEAM_TABLE_HEADER = 9;

    /** Columns of the Teams sheet before the first dimension: team, date, overall level and score. */
    private static final int FIXED_COLUMNS = 4;

    /** Width of a dimension's level and score columns; a bold header line holds about 14 letters of two. */
    private static final int DIMENSION_COLUMN_WIDTH = 9;

    private static final int HEADER_LETTERS_PER_LINE = 14;

    private final OrganizationRollUp rollUp;
    private final RollUp figures;
    private final MaturityModel model;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Cells cells = new Cells(workbook);

    private final ReportOptions options;

    private RollUpWorkbook(OrganizationRollUp rollUp, ReportOptions options) {
        this.options = options;
        this.rollUp = rollUp;
        this.figures = rollUp.figures();
        this.model = rollUp.model();
    }

    public static void write(OrganizationRollUp rollUp, OutputStream out) throws IOException {
        write(rollUp, ReportOptions.defaults(), out);
    }

    public static void write(OrganizationRollUp rollUp, ReportOptions options, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new RollUpWorkbook(rollUp, options).build()) {
            workbook.write(out);
        }
    }

    private XSSFWorkbook build() {
        summary();
        teamsByDimension();
        MethodSheet.write(
                workbook.createSheet(METHOD),
                cells,
                RollUpMethod.lines(model, rollUp.teams().get(0).score().methodVersion()));
        workbook.setActiveSheet(0);
        return workbook;
    }

    private int lowestLevel() {
        return model.floor().id();
    }

    private void summary() {
        XSSFSheet sheet = workbook.createSheet(SUMMARY);
        facts(sheet);
        int firstTeam = TEAM_TABLE_HEADER + 1;
        int lastTeam = teamTable(sheet, firstTeam);
        int firstDimension = lastTeam + 3;
        int lastDimension = dimensionTable(sheet, firstDimension);
        Cells.widths(sheet, 30, 13, 14, 14, 14, 30, 2);
        LevelShading.apply(
                sheet,
                lowestLevel(),
                model.top().id(),
                new CellRangeAddress(firstTeam, lastTeam, 2, 2),
                new CellRangeAddress(firstDimension, lastDimension, 1, 3));
        charts(
                sheet,
                new Charts.Table(sheet, firstTeam, lastTeam, 0),
                new Charts.Table(sheet, firstDimension, lastDimension, 0));
        Sheets.printOnOnePage(sheet);
    }

    private void facts(XSSFSheet sheet) {
        Row titleRow = sheet.createRow(0);
        cells.title(titleRow, 0, "MLOps maturity roll-up");
        if (!options.branding().consultancy().isEmpty()) {
            cells.text(titleRow, 5, "Prepared by " + options.branding().consultancy());
        }
        fact(sheet, 2, "Organization", rollUp.organization());
        fact(sheet, 3, "Model", model.name() + " (" + model.id() + ", version " + model.version() + ")");
        cells.date(label(sheet, 4, "Date"), 1, rollUp.date());
        cells.integer(label(sheet, 5, "Teams"), 1, rollUp.teams().size());
        fact(sheet, 6, "Median overall level", levelText(figures.medianOverallLevel()));
        cells.score(label(sheet, 7, "Median overall score"), 1, model.scoring(), figures.medianOverallScore());
        if (!rollUp.leftOut().isEmpty()) {
            fact(sheet, 8, "Left out", rollUp.leftOutText());
        }
    }

    /** Each team's overall result, from {@code firstRow} on; returns the last row. */
    private int teamTable(XSSFSheet sheet, int firstRow) {
        cells.header(
                sheet.createRow(firstRow - 1),
                "Team",
                "Assessed on",
                "Overall level",
                "Level name",
                "Overall score",
                "Assessment used");
        List<TeamResult> teams = rollUp.teams();
        for (int i = 0; i < teams.size(); i++) {
            TeamResult team = teams.get(i);
            ScoreReport score = team.score();
            Row row = sheet.createRow(firstRow + i);
            cells.text(row, 0, team.team());
            cells.date(row, 1, team.assessedOn());
            cells.level(row, 2, score.overall().level());
            cells.text(
                    row,
                    3,
                    score.overall()
                            .level()
                            .map(Level::name)
                            .orElse(score.overall().status().words()));
            cells.score(row, 4, model.scoring(), score.overall().score());
            cells.text(row, 5, team.assessmentText());
        }
        return firstRow + teams.size() - 1;
    }

    /** Each dimension across the teams, from {@code firstRow} on; returns the last row. */
    private int dimensionTable(XSSFSheet sheet, int firstRow) {
        cells.header(
                sheet.createRow(firstRow - 1),
                "Dimension",
                "Median level",
                "Lowest level",
                "Highest level",
                "Median score",
                "Weakest team");
        List<DimensionFigures> dimensions = figures.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            DimensionFigures across = dimensions.get(i);
            Row row = sheet.createRow(firstRow + i);
            cells.text(row, 0, across.dimension().name());
            cells.level(row, 1, across.medianLevel());
            cells.level(row, 2, across.lowestLevel());
            cells.level(row, 3, across.highestLevel());
            cells.score(row, 4, model.scoring(), across.medianScore());
            cells.text(row, 5, across.weakestText());
        }
        return firstRow + dimensions.size() - 1;
    }

    private void charts(XSSFSheet sheet, Charts.Table teamTable, Charts.Table dimensionTable) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int teamRows = Math.max(18, rollUp.teams().size() * 3 / 2 + 8);
        String scale = ChartImages.scoreScale(model);
        double max = ChartImages.scoreAxisMax(model);
        Charts.bars(
                drawing,
                drawing.createAnchor(0, 0, 0, 0, 7, 0, 16, teamRows),
                "Overall score per team " + scale,
                teamTable,
                max,
                4);
        int dimensionRows = Math.max(18, model.dimensions().size() * 3 / 2 + 8);
        Charts.bars(
                drawing,
                drawing.createAnchor(0, 0, 0, 0, 7, teamRows + 1, 16, teamRows + 1 + dimensionRows),
                "Median score per dimension " + scale,
                dimensionTable,
                max,
                4);
    }

    private void fact(XSSFSheet sheet, int row, String label, String value) {
        cells.text(label(sheet, row, label), 1, value);
    }

    private Row label(XSSFSheet sheet, int row, String label) {
        Row line = sheet.createRow(row);
        cells.label(line, 0, label);
        return line;
    }

    /** Teams down, dimensions across (level and score each), then the organization's median and weakest team. */
    private void teamsByDimension() {
        XSSFSheet sheet = workbook.createSheet(TEAMS);
        int columns = FIXED_COLUMNS + 2 * figures.dimensions().size();
        headers(sheet, figures.dimensions());
        int firstTeam = 2;
        int lastTeam = teamRows(sheet, firstTeam);
        organizationRows(sheet, lastTeam + 2);
        Cells.widths(sheet, teamsWidths(columns));
        LevelShading.apply(sheet, lowestLevel(), model.top().id(), levelColumns(firstTeam, lastTeam + 3));
        sheet.createFreezePane(1, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, lastTeam, 0, columns - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        Sheets.printFitToWidth(sheet);
    }

    /** One row per team from {@code firstRow}; returns the last row. */
    private int teamRows(XSSFSheet sheet, int firstRow) {
        List<TeamResult> teams = rollUp.teams();
        for (int t = 0; t < teams.size(); t++) {
            TeamResult team = teams.get(t);
            Row row = sheet.createRow(firstRow + t);
            cells.text(row, 0, team.team());
            cells.date(row, 1, team.assessedOn());
            levelOrStatus(
                    row,
                    2,
                    team.score().overall().level(),
                    team.score().overall().status().words());
            cells.score(row, 3, model.scoring(), team.score().overall().score());
            for (int d = 0; d < figures.dimensions().size(); d++) {
                DimensionScore score = team.score().dimensions().get(d);
                levelOrStatus(
                        row,
                        FIXED_COLUMNS + 2 * d,
                        score.level(),
                        score.status().words());
                cells.score(row, FIXED_COLUMNS + 2 * d + 1, model.scoring(), score.score());
            }
        }
        return firstRow + teams.size() - 1;
    }

    /** The organization median, the lowest level and the weakest team, on three rows from {@code firstRow}. */
    private void organizationRows(XSSFSheet sheet, int firstRow) {
        Row median = label(sheet, firstRow, "Organization median");
        cells.level(median, 2, figures.medianOverallLevel());
        cells.score(median, 3, model.scoring(), figures.medianOverallScore());
        Row lowest = label(sheet, firstRow + 1, "Lowest level");
        cells.integer(lowest, 2, lowestOverallLevel());
        Row weakest = label(sheet, firstRow + 2, "Weakest team");
        List<DimensionFigures> dimensions = figures.dimensions();
        for (int d = 0; d < dimensions.size(); d++) {
            DimensionFigures across = dimensions.get(d);
            int column = FIXED_COLUMNS + 2 * d;
            cells.level(median, column, across.medianLevel());
            cells.score(median, column + 1, model.scoring(), across.medianScore());
            cells.level(lowest, column, across.lowestLevel());
            cells.text(weakest, column, across.weakestText(), cells.wrapped());
            sheet.addMergedRegion(new CellRangeAddress(weakest.getRowNum(), weakest.getRowNum(), column, column + 1));
        }
        weakest.setHeightInPoints(weakestRowHeight(dimensions));
    }

    private OptionalInt lowestOverallLevel() {
        return rollUp.teams().stream()
                .flatMap(team -> team.score().overall().level().stream())
                .mapToInt(Level::id)
                .min();
    }

    /** "2 (Repeatable)", or "no team rated" when no team has a level. */
    private static String levelText(Optional<Level> level) {
        return level.map(AssessmentAnalysis::levelText).orElse("no team rated");
    }

    /** A level cell: the level's id, shaded, or the status in words for a verdict without one. */
    private void levelOrStatus(Row row, int column, Optional<Level> level, String status) {
        if (level.isPresent()) {
            cells.integer(row, column, level.get().id());
        } else {
            cells.wrappedText(row, column, status);
        }
    }

    private static int[] teamsWidths(int columns) {
        int[] widths = new int[columns];
        Arrays.fill(widths, DIMENSION_COLUMN_WIDTH);
        widths[0] = 28;
        widths[1] = 12;
        widths[2] = 8;
        widths[3] = 8;
        return widths;
    }

    /** The overall level column and each dimension's level column, rows {@code firstRow} to {@code lastRow}. */
    private CellRangeAddress[] levelColumns(int firstRow, int lastRow) {
        int dimensions = figures.dimensions().size();
        CellRangeAddress[] ranges = new CellRangeAddress[1 + dimensions];
        ranges[0] = new CellRangeAddress(firstRow, lastRow, 2, 2);
        for (int d = 0; d < dimensions; d++) {
            int column = FIXED_COLUMNS + 2 * d;
            ranges[d + 1] = new CellRangeAddress(firstRow, lastRow, column, column);
        }
        return ranges;
    }

    /** Two header rows: the dimension over its Level and Score columns, then the column names. */
    private void headers(XSSFSheet sheet, List<DimensionFigures> dimensions) {
        Row groups = sheet.createRow(0);
        Row names = sheet.createRow(1);
        cells.header(names, "Team", "Assessed on", "Level", "Score");
        cells.text(groups, 0, "", cells.headerStyle());
        cells.text(groups, 1, "", cells.headerStyle());
        cells.text(groups, 2, "Overall", cells.headerStyle());
        cells.text(groups, 3, "", cells.headerStyle());
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
        int lines = 1;
        for (int d = 0; d < dimensions.size(); d++) {
            int column = FIXED_COLUMNS + 2 * d;
            String name = dimensions.get(d).dimension().name();
            lines = Math.max(lines, wrappedLines(name));
            cells.text(groups, column, name, cells.headerStyle());
            cells.text(groups, column + 1, "", cells.headerStyle());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, column, column + 1));
            cells.text(names, column, "Level", cells.headerStyle());
            cells.text(names, column + 1, "Score", cells.headerStyle());
        }
        groups.setHeightInPoints(Math.min(409, 15f * lines));
    }

    /** How many lines {@code text} takes when wrapped at word boundaries over a dimension's two columns. */
    static int wrappedLines(String text) {
        int lines = 1;
        int used = 0;
        for (String word : text.split(" ")) {
            int needed = used == 0 ? word.length() : used + 1 + word.length();
            if (needed <= HEADER_LETTERS_PER_LINE || used == 0) {
                used = needed;
            } else {
                lines++;
                used = word.length();
            }
            // A word longer than a line wraps inside itself.
            while (used > HEADER_LETTERS_PER_LINE) {
                lines++;
                used -= HEADER_LETTERS_PER_LINE;
            }
        }
        return lines;
    }

    private static float weakestRowHeight(List<DimensionFigures> dimensions) {
        int lines = 1;
        for (DimensionFigures across : dimensions) {
            lines = Math.max(lines, wrappedLines(across.weakestText()));
        }
        return Math.min(409, 15f * lines);
    }
}
