package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.nio.charset.StandardCharsets;

/**
 * Writes a float as JSON text straight into a byte array, with the digits that read back as the
 * same float (round trip), in {@link Float#toString}'s layout (plain from 10^-3 to 10^7, else
 * {@code 1.5E-5}). Jackson's writer makes a String per float and copies it twice, which cost about
 * 85 ns a float: writing a MiniLM answer (6,144 floats) took half a millisecond of CPU.
 *
 * <p>How: the 9 significant digits of the float, rounded (9 digits always read back as the same
 * float, since their spacing is under half a float's), then one digit fewer, rounded from the float
 * again, while that shorter number still reads back as the float. "Reads back" is decided exactly: the shorter
 * decimal is turned into a double by one correctly rounded operation on exact operands (the
 * digits and a power of ten up to 10^22), and a double that is not a midpoint between two floats
 * rounds to the float a correct parser would give. The result is the shortest form almost always
 * and one digit longer in rare cases; values outside 10^-13 to 10^29, and NaN and infinities, go
 * through Jackson's writer unchanged.
 */
final class FloatText {

    /** The longest text written for one float: {@code -1.23456789E-10}. */
    static final int MAX_LENGTH = 16;

    /** 10^0 to 10^30; exact up to 10^22, the ones {@link #readsBack} and {@link #scaled} use. */
    private static final double[] POWERS_OF_TEN = new double[31];

    /** The doubles nearest to 10^0 to 10^-30. */
    private static final double[] NEGATIVE_POWERS_OF_TEN = new double[31];

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};
    private static final double LOG10_2 = 0.30102999566398120;
    private static final long MIDPOINT_BITS = 1L << 28;
    private static final long LOW_29_BITS = (1L << 29) - 1;

    /** 10^0 to 10^18 and 5^0 to 5^22, for {@link #exact}. */
    private static final long[] LONG_POWERS = new long[19];

    private static final long[] FIVES = new long[23];

    static {
        LONG_POWERS[0] = 1;
        for (int i = 1; i < LONG_POWERS.length; i++) {
            LONG_POWERS[i] = LONG_POWERS[i - 1] * 10;
        }
        FIVES[0] = 1;
        for (int i = 1; i < FIVES.length; i++) {
            FIVES[i] = FIVES[i - 1] * 5;
        }
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = Double.parseDouble("1e" + i);
            NEGATIVE_POWERS_OF_TEN[i] = Double.parseDouble("1e-" + i);
        }
    }

    private FloatText() {}

    /** Writes {@code value} at {@code at} (room for {@link #MAX_LENGTH} bytes) and returns the end. */
    static int write(float value, byte[] out, int at) {
        float magnitude = Math.abs(value);
        if (magnitude == 0) {
            return writeZero(value, out, at);
        }
        if (!(magnitude >= 1e-13f && magnitude < 1e29f)) {
            return writeFallback(value, out, at);
        }
        int position = at;
        if (value < 0) {
            out[position++] = '-';
        }
        int exponent = decimalExponent(magnitude);
        int digits = (int) Math.round(scaled(magnitude, 8 - exponent));
        if (digits >= 1_000_000_000) {
            exponent++;
            digits = (int) Math.round(scaled(magnitude, 8 - exponent));
        } else if (digits < 100_000_000) {
            exponent--;
            digits = (int) Math.round(scaled(magnitude, 8 - exponent));
        }
        // digits × 10^last is the number; drop its last digit while the shorter one reads back
        int last = exponent - 8;
        int count = 9;
        while (count > 1 && last < 22) {
            // rounded from the float itself: rounding the rounded digits again can miss the shortest
            int shorter = digits % 10 == 0 ? digits / 10 : (int) Math.round(scaled(magnitude, -(last + 1)));
            if (digits % 10 != 0 && !readsBack(shorter, last + 1, magnitude)) {
                break;
            }
            digits = shorter;
            last++;
            count--;
            if (digits == POWERS[count]) {
                // rounding carried into a new digit (9.9999998 became 10.000000): one digit, one decade up
                digits = POWERS[count - 1];
                last++;
                exponent++;
            }
        }
        while (count > 1 && digits % 10 == 0) {
            digits /= 10; // trailing zeros past 10^22, where the loop above stops checking
            count--;
        }
        return layout(digits, count, exponent, out, position);
    }

    /** floor(log10(magnitude)), from the binary exponent and one comparison. */
    private static int decimalExponent(float magnitude) {
        int estimate = (int) Math.floor(Math.getExponent(magnitude) * LOG10_2);
        return magnitude >= tenTo(estimate + 1) ? estimate + 1 : estimate;
    }

    private static double tenTo(int exponent) {
        return exponent >= 0 ? POWERS_OF_TEN[exponent] : NEGATIVE_POWERS_OF_TEN[-exponent];
    }

    /** magnitude × 10^power, within two doubles' rounding (|power| ≤ 22): a candidate, checked after. */
    private static double scaled(float magnitude, int power) {
        return magnitude * tenTo(power);
    }

    /** Whether digits × 10^power (digits < 2^31, |power| ≤ 22) parses as exactly {@code magnitude}. */
    private static boolean readsBack(int digits, int power, float magnitude) {
        if (power < 0) {
            // a multiplication by the nearest double to 10^-k is within two doubles of the exact
            // value: conclusive unless it lies that close to halfway between two floats
            double near = digits * NEGATIVE_POWERS_OF_TEN[-power];
            if (Math.abs((Double.doubleToRawLongBits(near) & LOW_29_BITS) - MIDPOINT_BITS) > 8) {
                return (float) near == magnitude;
            }
        }
        double decimal = power >= 0 ? digits * POWERS_OF_TEN[power] : digits / POWERS_OF_TEN[-power];
        if ((Double.doubleToRawLongBits(decimal) & LOW_29_BITS) == MIDPOINT_BITS && !exact(digits, power)) {
            return false; // halfway between two floats, where the double's own rounding may have put it
        }
        // an exact halfway value rounds to the even float, as a parser rounds it
        return (float) decimal == magnitude;
    }

    /** Whether digits × 10^power is a double exactly, so the one operation did not round. */
    private static boolean exact(int digits, int power) {
        if (power < 0) {
            return digits % FIVES[-power] == 0; // digits ÷ 10^k = (digits ÷ 5^k) ÷ 2^k
        }
        if (power > 18) {
            return false;
        }
        long product = digits * LONG_POWERS[power];
        return Math.multiplyHigh(digits, LONG_POWERS[power]) == 0
                && product >= 0
                && (long) (digits * POWERS_OF_TEN[power]) == product;
    }

    /** {@code count} digits d1…dn meaning d1.d2…dn × 10^exponent, in Float.toString's layout. */
    private static int layout(int digits, int count, int exponent, byte[] out, int at) {
        int position = at;
        if (exponent >= -3 && exponent < 7) {
            if (exponent < 0) {
                out[position++] = '0';
                out[position++] = '.';
                for (int i = -1; i > exponent; i--) {
                    out[position++] = '0';
                }
                return digitsAt(digits, count, out, position, 0);
            }
            if (count > exponent + 1) {
                return digitsAt(digits, count, out, position, exponent + 1);
            }
            position = digitsAt(digits, count, out, position, 0);
            for (int i = count; i <= exponent; i++) {
                out[position++] = '0';
            }
            return pointZero(out, position);
        }
        position = count == 1
                ? pointZero(out, digitsAt(digits, 1, out, position, 0))
                : digitsAt(digits, count, out, position, 1);
        out[position++] = 'E';
        int power = exponent;
        if (power < 0) {
            out[position++] = '-';
            power = -power;
        }
        if (power >= 10) {
            out[position++] = (byte) ('0' + power / 10);
        }
        out[position++] = (byte) ('0' + power % 10);
        return position;
    }

    private static int pointZero(byte[] out, int at) {
        out[at] = '.';
        out[at + 1] = '0';
        return at + 2;
    }

    /** Writes {@code count} digits at {@code at}, a point after the first {@code point} (0: none). */
    private static int digitsAt(int digits, int count, byte[] out, int at, int point) {
        int end = at + count + (point > 0 ? 1 : 0);
        int position = end;
        int rest = digits;
        for (int i = count - 1; i >= 0; i--) {
            if (i == point - 1) {
                out[--position] = '.';
            }
            out[--position] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return end;
    }

    private static int writeZero(float value, byte[] out, int at) {
        int position = at;
        if (Float.floatToRawIntBits(value) < 0) {
            out[position++] = '-';
        }
        out[position++] = '0';
        out[position++] = '.';
        out[position++] = '0';
        return position;
    }

    /** What Jackson writes: the shortest digits, and NaN and infinities as strings. */
    private static int writeFallback(float value, byte[] out, int at) {
        String text = NumberOutput.toString(value, true);
        if (!Float.isFinite(value)) {
            text = '"' + text + '"';
        }
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }
}
