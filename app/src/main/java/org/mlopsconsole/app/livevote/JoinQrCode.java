package org.mlopsconsole.app.livevote;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.BitSet;
import java.util.Map;

/**
 * The join link as a QR code's modules, with its quiet zone: drawn by the desktop (a square per
 * module) and by the command line (text).
 *
 * @param size modules per side, the quiet zone included
 */
public record JoinQrCode(int size, BitSet dark) {

    private static final int QUIET_ZONE = 4;

    public JoinQrCode {
        dark = (BitSet) dark.clone();
    }

    public static JoinQrCode of(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M,
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE));
            BitSet modules = new BitSet();
            int size = matrix.getWidth();
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    if (matrix.get(x, y)) {
                        modules.set(y * size + x);
                    }
                }
            }
            return new JoinQrCode(size, modules);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the join link cannot be drawn as a QR code: " + e.getMessage(), e);
        }
    }

    public boolean isDark(int x, int y) {
        return dark.get(y * size + x);
    }

    /** Two module rows a text line, in block characters: scannable from a terminal (dark on light). */
    public String toText() {
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < size; y += 2) {
            for (int x = 0; x < size; x++) {
                boolean top = isDark(x, y);
                boolean bottom = y + 1 < size && isDark(x, y + 1);
                text.append(top ? (bottom ? ' ' : '▄') : (bottom ? '▀' : '█'));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
