package org.mlopsconsole.reports.internal.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mlopsconsole.assessment.DimensionScore;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.reports.OrganizationRollUp;
import org.mlopsconsole.reports.OrganizationRollUp.TeamResult;
import org.mlopsconsole.reports.internal.rollup.RollUpFigures;
import org.mlopsconsole.reports.internal.rollup.RollUpFigures.Across;
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

    private final RollUpFigures figures;
    private final MaturityModel model;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Cells cells = new Cells(workbook);

    private RollUpWorkbook(OrganizationRollUp rollUp) {
        this.figures = new RollUpFigures(rollUp);
        this.model = rollUp.model();
    }

    public static void write(OrganizationRollUp rollUp, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new RollUpWorkbook(rollUp).build()) {
            workbook.write(out);
        }
    }

    private XSSFWorkbook build() {
        summary();
        teamsByDimension();
        MethodSheet.write(workbook.createSheet(METHOD), cells, RollUpMethod.lines(model));
        workbook.setActiveSheet(0);
        return workbook;
    }

    private int lowestLevel() {
        return model.floor().id();
    }

    private void summary() {
        XSSFSheet sheet = workbook.createSheet(SUMMARY);
        OrganizationRollUp rollUp = figures.rollUp();
        cells.title(sheet.createRow(0), 0, "MLOps maturity roll-up");
        fact(sheet, 2, "Organization", rollUp.organization());
        fact(sheet, 3, "Model", model.name() + " (" + model.id() + ", version " + model.version() + ")");
        Row dateRow = sheet.createRow(4);
        cells.label(dateRow, 0, "Date");
        cells.date(dateRow, 1, rollUp.date());
        Row countRow = sheet.createRow(5);
        cells.label(countRow, 0, "Teams");
        cells.integer(countRow, 1, rollUp.teams().size());
        fact(sheet, 6, "Median overall level", figures.levelText(figures.medianOverallLevel()));
        Row scoreRow = sheet.createRow(7);
        cells.label(scoreRow, 0, "Median overall score");
        cells.score(scoreRow, 1, figures.medianOverallScore());

        cells.header(
                sheet.createRow(TEAM_TABLE_HEADER),
                "Team",
                "Assessed on",
                "Overall level",
                "Level name",
                "Overall score");
        int firstTeam = TEAM_TABLE_HEADER + 1;
        List<TeamResult> teams = rollUp.teams();
        for (int i = 0; i < teams.size(); i++) {
            TeamResult team = teams.get(i);
            Row row = sheet.createRow(firstTeam + i);
            cells.text(row, 0, team.team());
            cells.date(row, 1, team.assessedOn());
            cells.integer(row, 2, team.score().overall().level().id());
            cells.text(row, 3, team.score().overall().level().name());
            cells.score(row, 4, team.score().overall().score());
        }
        int lastTeam = firstTeam + teams.size() - 1;

        int dimensionHeader = lastTeam + 2;
        cells.header(
                sheet.createRow(dimensionHeader),
                "Dimension",
                "Median level",
                "Lowest level",
                "Highest level",
                "Median score",
                "Weakest team");
        int firstDimension = dimensionHeader + 1;
        List<Across> dimensions = figures.dimensions();
        for (int i = 0; i < dimensions.size(); i++) {
            Across across = dimensions.get(i);
            Row row = sheet.createRow(firstDimension + i);
            cells.text(row, 0, across.dimension().name());
            cells.integer(row, 1, across.medianLevel());
            cells.integer(row, 2, across.lowestLevel());
            cells.integer(row, 3, across.highestLevel());
            cells.score(row, 4, across.medianScore());
            cells.text(row, 5, String.join(", ", across.weakestTeams()));
        }
        int lastDimension = firstDimension + dimensions.size() - 1;
        Cells.widths(sheet, 30, 13, 14, 14, 14, 30, 2);
        LevelShading.apply(
                sheet,
                lowestLevel(),
                figures.topLevel(),
                new CellRangeAddress(firstTeam, lastTeam, 2, 2),
                new CellRangeAddress(firstDimension, lastDimension, 1, 3));
        charts(
                sheet,
                new Charts.Table(sheet, firstTeam, lastTeam, 0),
                new Charts.Table(sheet, firstDimension, lastDimension, 0));
        Sheets.printOnOnePage(sheet);
    }

    private void charts(XSSFSheet sheet, Charts.Table teamTable, Charts.Table dimensionTable) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int teamRows = Math.max(18, figures.teams().size() * 3 / 2 + 8);
        Charts.bars(
                drawing,
                drawing.createAnchor(0, 0, 0, 0, 7, 0, 16, teamRows),
                "Overall score per team (0-100)",
                teamTable,
                100,
                4);
        int dimensionRows = Math.max(18, model.dimensions().size() * 3 / 2 + 8);
        Charts.bars(
                drawing,
                drawing.createAnchor(0, 0, 0, 0, 7, teamRows + 1, 16, teamRows + 1 + dimensionRows),
                "Median score per dimension (0-100)",
                dimensionTable,
                100,
                4);
    }

    private void fact(XSSFSheet sheet, int row, String label, String value) {
        Row line = sheet.createRow(row);
        cells.label(line, 0, label);
        cells.text(line, 1, value);
    }

    /** Teams down, dimensions across (level and score each), then the organization's median and weakest team. */
    private void teamsByDimension() {
        XSSFSheet sheet = workbook.createSheet(TEAMS);
        List<TeamResult> teams = figures.teams();
        List<Across> dimensions = figures.dimensions();
        int columns = FIXED_COLUMNS + 2 * dimensions.size();
        headers(sheet, dimensions);

        int firstTeam = 2;
        for (int t = 0; t < teams.size(); t++) {
            TeamResult team = teams.get(t);
            Row row = sheet.createRow(firstTeam + t);
            cells.text(row, 0, team.team());
            cells.date(row, 1, team.assessedOn());
            cells.integer(row, 2, team.score().overall().level().id());
            cells.score(row, 3, team.score().overall().score());
            for (int d = 0; d < dimensions.size(); d++) {
                DimensionScore score = team.score().dimensions().get(d);
                cells.integer(row, FIXED_COLUMNS + 2 * d, score.level().id());
                cells.score(row, FIXED_COLUMNS + 2 * d + 1, score.score());
            }
        }
        int lastTeam = firstTeam + teams.size() - 1;

        Row median = sheet.createRow(lastTeam + 2);
        cells.label(median, 0, "Organization median");
        cells.integer(median, 2, figures.medianOverallLevel());
        cells.score(median, 3, figures.medianOverallScore());
        Row lowest = sheet.createRow(lastTeam + 3);
        cells.label(lowest, 0, "Lowest level");
        cells.integer(
                lowest,
                2,
                OptionalInt.of(teams.stream()
                        .mapToInt(team -> team.score().overall().level().id())
                        .min()
                        .orElseThrow()));
        Row weakest = sheet.createRow(lastTeam + 4);
        cells.label(weakest, 0, "Weakest team");
        for (int d = 0; d < dimensions.size(); d++) {
            Across across = dimensions.get(d);
            int column = FIXED_COLUMNS + 2 * d;
            cells.integer(median, column, across.medianLevel());
            cells.score(median, column + 1, across.medianScore());
            cells.integer(lowest, column, across.lowestLevel());
            cells.text(weakest, column, String.join(", ", across.weakestTeams()), cells.wrapped());
            sheet.addMergedRegion(new CellRangeAddress(weakest.getRowNum(), weakest.getRowNum(), column, column + 1));
        }
        weakest.setHeightInPoints(weakestRowHeight(dimensions));

        int[] widths = new int[columns];
        widths[0] = 28;
        widths[1] = 12;
        widths[2] = 8;
        widths[3] = 8;
        for (int c = FIXED_COLUMNS; c < columns; c++) {
            widths[c] = DIMENSION_COLUMN_WIDTH;
        }
        Cells.widths(sheet, widths);

        CellRangeAddress[] levelCells = new CellRangeAddress[1 + dimensions.size()];
        levelCells[0] = new CellRangeAddress(firstTeam, lastTeam + 3, 2, 2);
        for (int d = 0; d < dimensions.size(); d++) {
            int column = FIXED_COLUMNS + 2 * d;
            levelCells[d + 1] = new CellRangeAddress(firstTeam, lastTeam + 3, column, column);
        }
        LevelShading.apply(sheet, lowestLevel(), figures.topLevel(), levelCells);

        sheet.createFreezePane(1, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, lastTeam, 0, columns - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:2"));
        Sheets.printFitToWidth(sheet);
    }

    /** Two header rows: the dimension over its Level and Score columns, then the column names. */
    private void headers(XSSFSheet sheet, List<Across> dimensions) {
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

    private static float weakestRowHeight(List<Across> dimensions) {
        int lines = 1;
        for (Across across : dimensions) {
            lines = Math.max(lines, wrappedLines(String.join(", ", across.weakestTeams())));
        }
        return Math.min(409, 15f * lines);
    }
}
