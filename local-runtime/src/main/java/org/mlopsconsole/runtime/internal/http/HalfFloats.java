package org.mlopsconsole.runtime.internal.http;

/** IEEE 754 half precision and bfloat16 conversions, for FP16 and BF16 tensors in JSON. */
public final class HalfFloats {

    private HalfFloats() {}

    static short toHalf(float value) {
        int bits = Float.floatToIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
        int mantissa = bits & 0x7fffff;
        if (((bits >>> 23) & 0xff) == 0xff) {
            return (short) (sign | 0x7c00 | (mantissa != 0 ? 0x200 : 0));
        }
        if (exponent >= 0x1f) {
            return (short) (sign | 0x7c00);
        }
        if (exponent <= 0) {
            if (exponent < -10) {
                return (short) sign;
            }
            mantissa |= 0x800000;
            int shift = 14 - exponent;
            int rounded = (mantissa + (1 << (shift - 1))) >> shift;
            return (short) (sign | rounded);
        }
        int rounded = (exponent << 10) | (mantissa >> 13);
        if ((mantissa & 0x1000) != 0) {
            rounded++;
        }
        return (short) (sign | rounded);
    }

    public static float fromHalf(short half) {
        int bits = half & 0xffff;
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits >>> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | (mantissa << 13));
        }
        if (exponent == 0) {
            float value = mantissa / 1024f / 16384f;
            return sign == 0 ? value : -value;
        }
        return Float.intBitsToFloat(sign | ((exponent - 15 + 127) << 23) | (mantissa << 13));
    }

    static short toBfloat16(float value) {
        int bits = Float.floatToIntBits(value);
        int rounding = 0x7fff + ((bits >>> 16) & 1);
        return (short) ((bits + rounding) >>> 16);
    }

    public static float fromBfloat16(short value) {
        return Float.intBitsToFloat((value & 0xffff) << 16);
    }
}
