package org.mlopsconsole.assessment.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file codes of enum constants: {@code ON_PREMISES} is {@code on-premises}. */
public final class Codes {

    private Codes() {}

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
        String all = Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
        int last = all.lastIndexOf(", ");
        return last < 0 ? all : all.substring(0, last) + " or " + all.substring(last + 2);
    }
}
