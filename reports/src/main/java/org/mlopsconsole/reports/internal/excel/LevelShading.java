package org.mlopsconsole.reports.internal.excel;

import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFColorScaleFormatting;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingThreshold;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;

/**
 * A red-yellow-green colour scale over level cells, fixed to the model's lowest and highest level
 * (not to the values present) so the same level has the same colour in every roll-up.
 */
final class LevelShading {

    static final byte[] LOW = {(byte) 0xF8, (byte) 0x69, (byte) 0x6B};
    static final byte[] MIDDLE = {(byte) 0xFF, (byte) 0xEB, (byte) 0x84};
    static final byte[] HIGH = {(byte) 0x63, (byte) 0xBE, (byte) 0x7B};

    private LevelShading() {}

    static void apply(XSSFSheet sheet, int lowestLevel, int highestLevel, CellRangeAddress... regions) {
        XSSFSheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
        XSSFColorScaleFormatting scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        double[] points = {lowestLevel, (lowestLevel + highestLevel) / 2.0, highestLevel};
        XSSFConditionalFormattingThreshold[] thresholds = scale.getThresholds();
        for (int i = 0; i < thresholds.length; i++) {
            thresholds[i].setRangeType(RangeType.NUMBER);
            thresholds[i].setValue(points[i]);
        }
        scale.setThresholds(thresholds);
        scale.setColors(new XSSFColor[] {new XSSFColor(LOW), new XSSFColor(MIDDLE), new XSSFColor(HIGH)});
        formatting.addConditionalFormatting(regions, rule);
    }
}
