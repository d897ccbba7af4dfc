package org.mlopsconsole.reports.internal.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Layout every table sheet shares: frozen header, filter, landscape print fitted to the width. */
public final class Sheets {

    private Sheets() {}

    /** Freezes rows above {@code firstDataRow} and filters the header row over {@code columns}. */
    public static void table(Sheet sheet, int headerRow, int lastRow, int columns) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
    }

    /** Landscape A4, as wide as one page and as long as it needs. */
    public static void printFitToWidth(Sheet sheet) {
        print(sheet, (short) 0);
    }

    /** Landscape A4 on a single page. */
    public static void printOnOnePage(Sheet sheet) {
        print(sheet, (short) 1);
    }

    private static void print(Sheet sheet, short pagesTall) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight(pagesTall);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
    }
}
