package org.mlopsconsole.assessment.roles;

import java.util.List;

/** Someone of the engagement, holding one or more roles of the RACI (by role id). */
public record Person(String id, String name, List<String> roles) {

    public Person {
        roles = List.copyOf(roles);
    }
}
