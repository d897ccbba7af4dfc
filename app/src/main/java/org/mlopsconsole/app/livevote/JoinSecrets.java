package org.mlopsconsole.app.livevote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * What lets a participant into one live vote: a random token that makes the join link
 * unguessable, and a short join code that the facilitator shows in the room. Both are needed;
 * both are compared in constant time.
 *
 * @param token {@value #TOKEN_BYTES} random bytes, base64url without padding (256 bits)
 * @param code {@value #CODE_LENGTH} characters of {@link #CODE_ALPHABET}
 */
public record JoinSecrets(String token, String code) {

    public static final int TOKEN_BYTES = 32;
    public static final int CODE_LENGTH = 6;
    /** Digits and capitals without the ones read alike (0 O, 1 I L): 31 symbols, about 30 bits a code. */
    public static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public JoinSecrets {
        if (token == null || token.length() < 22) {
            throw new IllegalArgumentException("a live vote's token has at least 128 bits");
        }
        if (code == null
                || code.length() != CODE_LENGTH
                || !code.chars().allMatch(c -> CODE_ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("a join code is " + CODE_LENGTH + " characters of " + CODE_ALPHABET);
        }
    }

    /** New secrets from the system's strong random source. */
    public static JoinSecrets generate() {
        return generate(new SecureRandom());
    }

    static JoinSecrets generate(RandomGenerator random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return new JoinSecrets(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), code.toString());
    }

    /** Whether {@code given} is this vote's token (exactly). */
    public boolean tokenMatches(String given) {
        return given != null && constantTimeEquals(token, given);
    }

    /**
     * Whether {@code typed} is the join code, as people type it: any case, spaces and dashes
     * ignored ("k7p-3qx" is "K7P3QX").
     */
    public boolean codeMatches(String typed) {
        if (typed == null) {
            return false;
        }
        String normalized = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return constantTimeEquals(code, normalized);
    }

    /** The code as shown in the room: two groups of three, "K7P 3QX". */
    public String shownCode() {
        return code.substring(0, 3) + " " + code.substring(3);
    }

    private static boolean constantTimeEquals(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "JoinSecrets[hidden]";
    }
}
