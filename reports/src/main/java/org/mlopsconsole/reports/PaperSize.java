package org.mlopsconsole.reports;

/** The page size of the Word and PDF reports, in points (1/72 inch). */
public enum PaperSize {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    private final float widthPoints;
    private final float heightPoints;

    PaperSize(float widthPoints, float heightPoints) {
        this.widthPoints = widthPoints;
        this.heightPoints = heightPoints;
    }

    public float widthPoints() {
        return widthPoints;
    }

    public float heightPoints() {
        return heightPoints;
    }

    /** Width in twentieths of a point, Word's unit. */
    public int widthTwips() {
        return Math.round(widthPoints * 20);
    }

    public int heightTwips() {
        return Math.round(heightPoints * 20);
    }
}
