package org.mlopsconsole.reports.internal.excel;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.RadarStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFRadarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native Excel charts over a table of the sheet. Every series gets explicit fill and line
 * properties: without them LibreOffice draws the bars and lines invisible.
 */
final class Charts {

    static final byte[] CURRENT = {(byte) 0x1F, (byte) 0x77, (byte) 0xB4};
    static final byte[] TARGET = {(byte) 0xFF, (byte) 0x7F, (byte) 0x0E};

    private Charts() {}

    /** Where a chart's data lies: category labels and one value column per series. */
    record Table(XSSFSheet sheet, int firstRow, int lastRow, int categoryColumn) {

        XDDFDataSource<String> categories() {
            return XDDFDataSourcesFactory.fromStringCellRange(
                    sheet, new CellRangeAddress(firstRow, lastRow, categoryColumn, categoryColumn));
        }

        XDDFNumericalDataSource<Double> values(int column) {
            return XDDFDataSourcesFactory.fromNumericCellRange(
                    sheet, new CellRangeAddress(firstRow, lastRow, column, column));
        }

        CellReference header(int column) {
            return new CellReference(sheet.getSheetName(), firstRow - 1, column, true, true);
        }
    }

    /** A filled-outline radar: one series per value column, on a 0..max scale. */
    static XSSFChart radar(
            XSSFDrawing drawing, XSSFClientAnchor anchor, String title, Table table, double max, int... columns) {
        XSSFChart chart = chart(drawing, anchor, title);
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setMinimum(0);
        valueAxis.setMaximum(max);
        valueAxis.setMajorUnit(1);
        XDDFRadarChartData data = (XDDFRadarChartData) chart.createData(ChartTypes.RADAR, categoryAxis, valueAxis);
        data.setStyle(RadarStyle.MARKER);
        // Dimensions without a target leave blanks; join the target line across them.
        chart.displayBlanksAs(DisplayBlanks.SPAN);
        data.setVaryColors(false);
        for (int i = 0; i < columns.length; i++) {
            XDDFChartData.Series series = data.addSeries(table.categories(), table.values(columns[i]));
            series.setTitle(null, table.header(columns[i]));
            series.setShapeProperties(lineOnly(i == 0 ? CURRENT : TARGET));
        }
        chart.plot(data);
        return chart;
    }

    /** Horizontal bars, one per category and value column, on a 0..max scale. */
    static XSSFChart bars(
            XSSFDrawing drawing, XSSFClientAnchor anchor, String title, Table table, double max, int... columns) {
        XSSFChart chart = chart(drawing, anchor, title);
        XDDFBarChartData data = horizontalBars(chart, max);
        for (int i = 0; i < columns.length; i++) {
            XDDFChartData.Series series = data.addSeries(table.categories(), table.values(columns[i]));
            series.setTitle(null, table.header(columns[i]));
            series.setShapeProperties(filled(i == columns.length - 1 ? CURRENT : TARGET));
        }
        chart.plot(data);
        return chart;
    }

    /**
     * Horizontal bars side by side per category, one series per value column in its own colour, on
     * a 0..max scale counted in whole units. (Stacked bars would need c:overlap, which the lite
     * OOXML schemas POI ships do not hold.)
     */
    static XSSFChart countBars(
            XSSFDrawing drawing, XSSFClientAnchor anchor, String title, Table table, double max, Series... series) {
        XSSFChart chart = chart(drawing, anchor, title);
        XDDFBarChartData data = horizontalBars(chart, max);
        chart.getAxes().stream().filter(XDDFValueAxis.class::isInstance).forEach(axis -> axis.setMajorUnit(1));
        for (Series one : series) {
            XDDFChartData.Series added = data.addSeries(table.categories(), table.values(one.column()));
            added.setTitle(null, table.header(one.column()));
            added.setShapeProperties(filled(one.rgb()));
        }
        chart.plot(data);
        return chart;
    }

    /** Bars from the left, categories top to bottom in table order as people read the table beside it. */
    private static XDDFBarChartData horizontalBars(XSSFChart chart, double max) {
        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
        valueAxis.setMinimum(0);
        valueAxis.setMaximum(max);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        return data;
    }

    /** A value column of a chart's table and the colour it is drawn in. */
    record Series(int column, byte[] rgb) {}

    private static XSSFChart chart(XSSFDrawing drawing, XSSFClientAnchor anchor, String title) {
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        return chart;
    }

    private static XDDFShapeProperties filled(byte[] rgb) {
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        properties.setLineProperties(line(rgb));
        return properties;
    }

    private static XDDFShapeProperties lineOnly(byte[] rgb) {
        XDDFShapeProperties properties = new XDDFShapeProperties();
        properties.setFillProperties(new XDDFNoFillProperties());
        properties.setLineProperties(line(rgb));
        return properties;
    }

    private static XDDFLineProperties line(byte[] rgb) {
        XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(2.25);
        return line;
    }
}
