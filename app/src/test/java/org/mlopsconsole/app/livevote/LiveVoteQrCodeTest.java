package org.mlopsconsole.app.livevote;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The join link's QR code reads back as the link, as a phone's camera would read it. */
class LiveVoteQrCodeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:41234/v/NFIEgc98vux1dXV28_DaMEd38IGfX0u_85iJ8hwXT6w/",
                "http://192.168.100.200:65535/v/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/"
            })
    void theQrCodeOfTheJoinLinkReadsBackAsTheLink(String link) throws Exception {
        JoinQrCode code = JoinQrCode.of(link);

        assertThat(new QRCodeReader()
                        .decode(new BinaryBitmap(new HybridBinarizer(drawn(code, 4))))
                        .getText())
                .isEqualTo(link);
        assertThat(code.toText().lines().count()).isEqualTo((code.size() + 1) / 2);
    }

    /** The modules drawn {@code scale} pixels each, dark on light, as the desktop draws them. */
    private static LuminanceSource drawn(JoinQrCode code, int scale) {
        int side = code.size() * scale;
        byte[] pixels = new byte[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                pixels[y * side + x] = code.isDark(x / scale, y / scale) ? 0 : (byte) 255;
            }
        }
        return new LuminanceSource(side, side) {
            @Override
            public byte[] getRow(int y, byte[] row) {
                byte[] copy = row != null && row.length >= side ? row : new byte[side];
                System.arraycopy(pixels, y * side, copy, 0, side);
                return copy;
            }

            @Override
            public byte[] getMatrix() {
                return pixels.clone();
            }
        };
    }
}
