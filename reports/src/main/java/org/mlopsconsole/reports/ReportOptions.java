package org.mlopsconsole.reports;

/**
 * How a report is presented, apart from what it says: the paper size of the Word and PDF reports
 * (A4 unless chosen) and the branding every format carries.
 */
public record ReportOptions(PaperSize paper, Branding branding) {

    public ReportOptions {
        paper = paper == null ? PaperSize.A4 : paper;
        branding = branding == null ? Branding.none() : branding;
    }

    public static ReportOptions defaults() {
        return new ReportOptions(PaperSize.A4, Branding.none());
    }

    public ReportOptions withPaper(PaperSize value) {
        return new ReportOptions(value, branding);
    }

    public ReportOptions withBranding(Branding value) {
        return new ReportOptions(paper, value);
    }
}
