package org.mlopsconsole.assessment.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The codes stored and exported for enum constants, and the constants read back from them:
 * {@code ON_PREMISES} is {@code on-premises} unless the enum has codes of its own.
 */
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
                .orElseThrow(() -> new IllegalArgumentException("unknown " + what + " \"" + code + "\"; expected "
                        + oneOf(Arrays.stream(values).map(codeOf).toList())));
    }

    public static String of(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> of(constant).equals(code))
                .findFirst();
    }

    /** "a, b or c": the codes a field accepts, for messages. */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        return oneOf(Arrays.stream(type.getEnumConstants()).map(Codes::of).toList());
    }

    private static String oneOf(List<String> codes) {
        String all = String.join(", ", codes);
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
