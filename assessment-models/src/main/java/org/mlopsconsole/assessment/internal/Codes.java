package org.mlopsconsole.assessment.internal;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enum constants read back from the codes stored and exported for them. */
public final class Codes {

    private Codes() {}

    /**
     * The constant of {@code values} whose code is {@code code}; otherwise an {@link
     * IllegalArgumentException}: "unknown {what} "x"; expected a, b or c".
     */
    public static <E> E fromCode(E[] values, Function<E, String> codeOf, String what, String code) {
        return Arrays.stream(values)
                .filter(value -> codeOf.apply(value).equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown " + what + " \"" + code + "\"; expected " + expected(values, codeOf)));
    }

    private static <E> String expected(E[] values, Function<E, String> codeOf) {
        String codes = Arrays.stream(values).map(codeOf).collect(Collectors.joining(", "));
        int last = codes.lastIndexOf(", ");
        return last < 0 ? codes : codes.substring(0, last) + " or " + codes.substring(last + 2);
    }
}
