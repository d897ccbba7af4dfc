package org.mlopsconsole.reports;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who delivers the report: the consultancy's name and, optionally, its logo (PNG), printed on the
 * cover and in the header of every format. Empty for a report nobody brands.
 */
public record Branding(String consultancy, Optional<Logo> logo) {

    public Branding {
        consultancy = consultancy == null ? "" : consultancy.strip();
        logo = logo == null ? Optional.empty() : logo;
    }

    public static Branding none() {
        return new Branding("", Optional.empty());
    }

    public static Branding of(String consultancy) {
        return new Branding(consultancy, Optional.empty());
    }

    public Branding withLogo(Logo value) {
        return new Branding(consultancy, Optional.of(value));
    }

    public boolean isEmpty() {
        return consultancy.isEmpty() && logo.isEmpty();
    }

    /**
     * A PNG picture and its size in pixels; the bytes are copied both ways, so a logo never changes.
     *
     * @throws IllegalArgumentException when {@code png} is not a PNG file
     */
    public record Logo(byte[] png, int widthPixels, int heightPixels) {

        private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

        public Logo {
            if (png == null || png.length < 24 || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
                throw new IllegalArgumentException("a logo must be a PNG picture");
            }
            png = png.clone();
            if (widthPixels <= 0 || heightPixels <= 0) {
                throw new IllegalArgumentException("a logo needs a positive size");
            }
        }

        /** Reads the size from the PNG header (IHDR). */
        public static Logo png(byte[] png) {
            if (png == null || png.length < 24) {
                throw new IllegalArgumentException("a logo must be a PNG picture");
            }
            return new Logo(png, readInt(png, 16), readInt(png, 20));
        }

        @Override
        public byte[] png() {
            return png.clone();
        }

        /** Width over height. */
        public double aspect() {
            return (double) widthPixels / heightPixels;
        }

        private static int readInt(byte[] bytes, int at) {
            return ((bytes[at] & 0xFF) << 24)
                    | ((bytes[at + 1] & 0xFF) << 16)
                    | ((bytes[at + 2] & 0xFF) << 8)
                    | (bytes[at + 3] & 0xFF);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Logo logo && Arrays.equals(png, logo.png);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(png);
        }

        @Override
        public String toString() {
            return "Logo[" + widthPixels + "x" + heightPixels + ", " + png.length + " bytes]";
        }
    }
}
