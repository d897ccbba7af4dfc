package org.mlopsconsole.app.monitoring;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

/**
 * Chart colours that read on AtlantaFX's Primer light and dark themes: its accent, attention,
 * danger, done and success colours (the theme's own hues), and its foreground and border shades
 * for text and grid lines.
 */
record ChartPalette(Paint background, Paint text, Paint grid, List<Color> series) {

    static ChartPalette of(boolean dark) {
        if (dark) {
            return new ChartPalette(
                    new Color(0x0d, 0x11, 0x17),
                    new Color(0xc9, 0xd1, 0xd9),
                    new Color(0x30, 0x36, 0x3d),
                    List.of(
                            new Color(0x58, 0xa6, 0xff),
                            new Color(0xf8, 0x51, 0x49),
                            new Color(0xd2, 0x99, 0x22),
                            new Color(0xbc, 0x8c, 0xff),
                            new Color(0x3f, 0xb9, 0x50)));
        }
        return new ChartPalette(
                new Color(0xff, 0xff, 0xff),
                new Color(0x24, 0x29, 0x2f),
                new Color(0xd0, 0xd7, 0xde),
                List.of(
                        new Color(0x09, 0x69, 0xda),
                        new Color(0xcf, 0x22, 0x2e),
                        new Color(0x9a, 0x67, 0x00),
                        new Color(0x82, 0x50, 0xdf),
                        new Color(0x1a, 0x7f, 0x37)));
    }

    Color seriesColor(int index) {
        return series.get(index % series.size());
    }
}
