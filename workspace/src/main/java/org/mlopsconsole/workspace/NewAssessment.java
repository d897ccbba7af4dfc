package org.mlopsconsole.workspace;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What creating an assessment takes; the participants are added in this order. */
public record NewAssessment(
        long teamId,
        String title,
        String modelId,
        Optional<String> customModel,
        LocalDate date,
        String facilitator,
        List<NewParticipant> participants) {

    public NewAssessment {
        participants = List.copyOf(participants);
    }

    /** A participant by name and role (for example "data-scientist"). */
    public record NewParticipant(String name, String role) {}
}
