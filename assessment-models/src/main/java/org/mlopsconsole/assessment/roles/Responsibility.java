package org.mlopsconsole.assessment.roles;

import java.util.Arrays;
import java.util.Optional;

/** A letter of a RACI cell. A cell may hold several ("RA": does the work and answers for it). */
public enum Responsibility {
    RESPONSIBLE('R'),
    ACCOUNTABLE('A'),
    CONSULTED('C'),
    INFORMED('I');

    private final char letter;

    Responsibility(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    public static Optional<Responsibility> of(char letter) {
        return Arrays.stream(values()).filter(r -> r.letter == letter).findFirst();
    }
}
