package org.mlopsconsole.assessment.plan;

import java.util.Objects;

/** Who carries a plan item: a named person (a participant, say), a role, or nobody yet. */
public sealed interface Owner {

    /** "Ana Silva", "Data platform lead", or "Unassigned". */
    String shown();

    record Person(String name) implements Owner {
        public Person {
            name = requireText(name, "a person who owns a plan item needs a name");
        }

        @Override
        public String shown() {
            return name;
        }
    }

    record Role(String role) implements Owner {
        public Role {
            role = requireText(role, "a role that owns a plan item needs a name");
        }

        @Override
        public String shown() {
            return role;
        }
    }

    record Unassigned() implements Owner {
        @Override
        public String shown() {
            return "Unassigned";
        }
    }

    static Owner unassigned() {
        return new Unassigned();
    }

    private static String requireText(String text, String message) {
        Objects.requireNonNull(text, message);
        if (text.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return text.strip();
    }
}
