package org.mlopsconsole.workspace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.assessment.plan.PlanItem;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.tools.ToolInventory;

/**
 * An organization (with its teams and their assessments) or one assessment, detached from any
 * workspace: what {@link Transfers} exports, imports and copies between workspaces, and what an
 * engagement file holds. Ids are the source's and mean nothing elsewhere: participants are
 * referred to by their respondent key, and importing creates new ids.
 */
public sealed interface EngagementArchive {

    /**
     * The version of the file format this build writes; it reads every version up to it. Version 2
     * added evidence links and attachments, risk overrides, the plan and the follow-up link; version
     * 3 an organization's RACI, tool inventory and challenge register.
     */
    int FORMAT_VERSION = 3;

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

    /**
     * @param raci the organization's RACI, when one was saved
     * @param inventory its tool inventory, when one was saved
     * @param challenges its challenge register, empty when none was saved
     */
    record ArchivedOrganization(
            String name,
            boolean archived,
            List<ArchivedTeam> teams,
            Optional<Raci> raci,
            Optional<ToolInventory> inventory,
            ChallengeRegister challenges) {
        public ArchivedOrganization {
            teams = List.copyOf(teams);
        }

        /** An organization without RACI, tool inventory or challenges (formats 1 and 2). */
        public ArchivedOrganization(String name, boolean archived, List<ArchivedTeam> teams) {
            this(name, archived, teams, Optional.empty(), Optional.empty(), new ChallengeRegister(List.of()));
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
     * @param links evidence links in the order they were added
     * @param attachments attached files with their bytes
     * @param plan the improvement plan's items in plan order
     * @param previousInTeam for a follow-up in an organization's archive, the position of the
     *     assessment it follows in its team's list
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
            List<ArchivedChange> history,
            List<ArchivedLink> links,
            List<ArchivedAttachment> attachments,
            List<StoredRiskOverride> riskOverrides,
            List<PlanItem> plan,
            OptionalInt previousInTeam) {
        public ArchivedAssessment {
            participants = List.copyOf(participants);
            consensus = Map.copyOf(consensus);
            evidence = Map.copyOf(evidence);
            targets = Map.copyOf(targets);
            history = List.copyOf(history);
            links = List.copyOf(links);
            attachments = List.copyOf(attachments);
            riskOverrides = List.copyOf(riskOverrides);
            plan = List.copyOf(plan);
        }

        /** An assessment without links, attachments, risk overrides, plan or previous one (format 1). */
        public ArchivedAssessment(
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
            this(
                    title,
                    modelId,
                    customModel,
                    date,
                    facilitator,
                    status,
                    archived,
                    participants,
                    consensus,
                    evidence,
                    targets,
                    history,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    OptionalInt.empty());
        }

        /** This assessment as the follow-up of the one at {@code position} in its team's list. */
        public ArchivedAssessment following(OptionalInt position) {
            return new ArchivedAssessment(
                    title,
                    modelId,
                    customModel,
                    date,
                    facilitator,
                    status,
                    archived,
                    participants,
                    consensus,
                    evidence,
                    targets,
                    history,
                    links,
                    attachments,
                    riskOverrides,
                    plan,
                    position);
        }
    }

    /** An evidence link of a question, who added it and when. */
    record ArchivedLink(String questionId, EvidenceLink link, String addedBy, Instant addedAt) {}

    /** A file attached to a question, with its bytes. */
    record ArchivedAttachment(String questionId, AttachmentInfo info, byte[] content, String addedBy, Instant addedAt) {

        public ArchivedAttachment {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** Equal when everything, the bytes included, is the same. */
        @Override
        public boolean equals(Object other) {
            return other instanceof ArchivedAttachment that
                    && questionId.equals(that.questionId)
                    && info.equals(that.info)
                    && java.util.Arrays.equals(content, that.content)
                    && addedBy.equals(that.addedBy)
                    && addedAt.equals(that.addedAt);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(questionId, info, java.util.Arrays.hashCode(content), addedBy, addedAt);
        }

        @Override
        public String toString() {
            return "ArchivedAttachment[" + questionId + ", " + info + "]";
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
