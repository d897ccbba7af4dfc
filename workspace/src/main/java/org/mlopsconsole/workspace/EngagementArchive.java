package org.mlopsconsole.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.assessment.Rating;

/**
 * An organization (with its teams and their assessments) or one assessment, detached from any
 * workspace: what {@link Transfers} exports, imports and copies between workspaces, and what an
 * engagement file holds. Ids are the source's and mean nothing elsewhere: participants are
 * referred to by their respondent key, and importing creates new ids.
 */
public sealed interface EngagementArchive {

    /** The version of the file format this build writes and reads. */
    int FORMAT_VERSION = 1;

    /** Who exported it (the signed-in user of the source workspace) and when. */
    Provenance provenance();

    /** How many assessments it holds. */
    int assessmentCount();

    /** An organization with all its teams and assessments, archived ones included. */
    record OfOrganization(Provenance provenance, ArchivedOrganization organization) implements EngagementArchive {
        @Override
        public int assessmentCount() {
            return organization.teams().stream()
                    .mapToInt(team -> team.assessments().size())
                    .sum();
        }
    }

    /** One assessment; importing it needs a team to put it in. */
    record OfAssessment(Provenance provenance, ArchivedAssessment assessment) implements EngagementArchive {
        @Override
        public int assessmentCount() {
            return 1;
        }
    }

    record Provenance(String exportedBy, Instant exportedAt) {}

    record ArchivedOrganization(String name, boolean archived, List<ArchivedTeam> teams) {
        public ArchivedOrganization {
            teams = List.copyOf(teams);
        }
    }

    record ArchivedTeam(String name, boolean archived, List<ArchivedAssessment> assessments) {
        public ArchivedTeam {
            assessments = List.copyOf(assessments);
        }
    }

    /**
     * @param evidence the notes and evidence per question
     * @param targets the target level per dimension
     * @param history oldest first
     */
    record ArchivedAssessment(
            String title,
            String modelId,
            Optional<String> customModel,
            LocalDate date,
            String facilitator,
            AssessmentStatus status,
            boolean archived,
            List<ArchivedParticipant> participants,
            Map<String, Rating> consensus,
            Map<String, String> evidence,
            Map<String, Integer> targets,
            List<ArchivedChange> history) {
        public ArchivedAssessment {
            participants = List.copyOf(participants);
            consensus = Map.copyOf(consensus);
            evidence = Map.copyOf(evidence);
            targets = Map.copyOf(targets);
            history = List.copyOf(history);
        }
    }

    /** @param key the respondent key, unique in its assessment */
    record ArchivedParticipant(
            String key, String name, String role, Map<String, Rating> ratings, Map<String, String> notes) {
        public ArchivedParticipant {
            ratings = Map.copyOf(ratings);
            notes = Map.copyOf(notes);
        }
    }

    /**
     * One history entry as it was recorded.
     *
     * @param participantKey the participant it concerns while they are still in the assessment;
     *     empty for the assessment's own values and for participants removed since
     */
    record ArchivedChange(
            CellField field,
            Optional<String> participantKey,
            Optional<String> participantName,
            String itemId,
            Optional<String> oldValue,
            Optional<String> newValue,
            String changedBy,
            Instant changedAt) {}
}
