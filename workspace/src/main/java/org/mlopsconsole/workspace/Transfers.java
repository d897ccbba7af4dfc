package org.mlopsconsole.workspace;

import static org.mlopsconsole.workspace.Engagements.notFound;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.tools.InventoryFiles;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedAssessment;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedChange;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedOrganization;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedParticipant;
import org.mlopsconsole.workspace.EngagementArchive.ArchivedTeam;
import org.mlopsconsole.workspace.EngagementArchive.Provenance;
import org.mlopsconsole.workspace.internal.transfer.ArchiveFiles;

/**
 * Moving engagements: export an organization or an assessment as an {@link EngagementArchive},
 * import one (as new rows with new ids), copy between two workspaces (H2 and PostgreSQL alike),
 * and an archive as a single versioned JSON file. Reading and importing are one transaction
 * each: a copy or an import interrupted at any point leaves the target as it was.
 */
public final class Transfers {

    private final Transactions transactions;
    private final String signedInAs;
    private final java.time.Clock clock;

    public Transfers(Transactions transactions, String signedInAs, java.time.Clock clock) {
        this.transactions = transactions;
        this.signedInAs = signedInAs;
        this.clock = clock;
    }

    /** Copies organization {@code organizationId} of {@code from} into {@code to}; returns the new organization's id. */
    public static long copyOrganization(Workspace from, long organizationId, Workspace to) {
        return to.transfers().importArchive(from.transfers().exportOrganization(organizationId), OptionalLong.empty());
    }

    /** Copies assessment {@code assessmentId} of {@code from} into team {@code teamId} of {@code to}; returns its new id. */
    public static long copyAssessment(Workspace from, long assessmentId, Workspace to, long teamId) {
        return to.transfers().importArchive(from.transfers().exportAssessment(assessmentId), OptionalLong.of(teamId));
    }

    /** Writes {@code archive} to {@code file} through a temporary file, so it is never half written. */
    public static void writeFile(EngagementArchive archive, Path file) {
        ArchiveFiles.write(archive, file);
    }

    /**
     * Reads and checks an engagement file whole: an {@link EngagementException} says why when it is
     * not one (another kind of file, a newer format), is broken, or holds values this version
     * cannot import (an unknown model, question or rating).
     */
    public static EngagementArchive readFile(Path file) {
        return ArchiveFiles.read(file);
    }

    public EngagementArchive exportOrganization(long organizationId) {
        return transactions.inTransaction("export organization", r -> {
            Organization organization = r.engagements()
                    .findOrganization(organizationId)
                    .orElseThrow(() -> notFound("organization", organizationId, "org list"));
            List<ArchivedTeam> teams = new ArrayList<>();
            for (Team team : r.engagements().teams(organizationId, true)) {
                List<Assessment> ofTeam = r.assessments().forTeam(team.id(), true);
                List<Long> ids = ofTeam.stream().map(Assessment::id).toList();
                List<ArchivedAssessment> assessments = new ArrayList<>();
                for (Assessment assessment : ofTeam) {
                    OptionalLong previous = r.plans().previous(assessment.id());
                    int position = previous.isPresent() ? ids.indexOf(previous.getAsLong()) : -1;
                    assessments.add(archived(r, assessment)
                            .following(
                                    position < 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(position)));
                }
                teams.add(new ArchivedTeam(team.name(), team.archived(), assessments));
            }
            return new EngagementArchive.OfOrganization(
                    provenance(),
                    new ArchivedOrganization(
                            organization.name(),
                            organization.archived(),
                            teams,
                            r.rolesAndTools()
                                    .document(organizationId, RolesAndToolsRepository.Document.RACI)
                                    .map(stored -> RaciFiles.parse("the stored RACI", stored.value())),
                            r.rolesAndTools()
                                    .document(organizationId, RolesAndToolsRepository.Document.TOOL_INVENTORY)
                                    .map(stored -> InventoryFiles.parse("the stored tool inventory", stored.value())),
                            new ChallengeRegister(r.rolesAndTools().challenges(organizationId))));
        });
    }

    public EngagementArchive exportAssessment(long assessmentId) {
        return transactions.inTransaction("export assessment", r -> {
            Assessment assessment = r.assessments()
                    .find(assessmentId)
                    .orElseThrow(() -> notFound("assessment", assessmentId, "assess list"));
            return new EngagementArchive.OfAssessment(provenance(), archived(r, assessment));
        });
    }

    /**
     * Adds what {@code archive} holds to this workspace in one transaction, with new ids: an
     * organization as a new organization, an assessment into team {@code teamId} (required then).
     * Values and history are kept as they were, including who changed what and when.
     *
     * @return the new organization's or assessment's id
     */
    public long importArchive(EngagementArchive archive, OptionalLong teamId) {
        return transactions.inTransaction("import " + describe(archive), r -> {
            if (archive instanceof EngagementArchive.OfOrganization of) {
                if (teamId.isPresent()) {
                    throw new EngagementException(
                            "An organization is imported as a new organization: leave out the team.");
                }
                return importOrganization(r, of.organization());
            }
            EngagementArchive.OfAssessment of = (EngagementArchive.OfAssessment) archive;
            long team = teamId.orElseThrow(() -> new EngagementException(
                    "An assessment is imported into a team: name the team ('mlops-console org list' lists them)."));
            if (r.engagements().findTeam(team).isEmpty()) {
                throw notFound("team", team, "org list");
            }
            return importAssessment(r, team, of.assessment());
        });
    }

    /** "organization Acme Bank (3 assessments)". */
    public static String describe(EngagementArchive archive) {
        if (archive instanceof EngagementArchive.OfOrganization of) {
            return "organization \"" + of.organization().name() + "\" (" + of.assessmentCount()
                    + (of.assessmentCount() == 1 ? " assessment)" : " assessments)");
        }
        return "assessment \""
                + ((EngagementArchive.OfAssessment) archive).assessment().title() + "\"";
    }

    private Provenance provenance() {
        return new Provenance(signedInAs, clock.instant());
    }

    // --- export -----------------------------------------------------------------------------------

    private static ArchivedAssessment archived(Repositories r, Assessment assessment) {
        List<Participant> participants = r.assessments().participants(assessment.id());
        Responses responses = r.assessments().responses(assessment.id());
        Map<String, Respondent> answers = new HashMap<>();
        responses.respondents().forEach(respondent -> answers.put(respondent.id(), respondent));
        List<ArchivedParticipant> archivedParticipants = new ArrayList<>();
        for (Participant participant : participants) {
            Optional<Respondent> answered = Optional.ofNullable(answers.get(participant.respondentKey()));
            archivedParticipants.add(new ArchivedParticipant(
                    participant.respondentKey(),
                    participant.name(),
                    participant.role(),
                    answered.map(Respondent::ratings).orElse(Map.of()),
                    answered.map(Respondent::notes).orElse(Map.of())));
        }
        Map<String, String> keyByName = uniqueKeysByName(participants);
        List<ArchivedChange> history = r.history().ofAssessment(assessment.id()).stream()
                .map(change -> new ArchivedChange(
                        change.field(),
                        change.field().ofParticipant()
                                ? change.participantName().map(keyByName::get)
                                : Optional.empty(),
                        change.participantName(),
                        change.itemId(),
                        change.oldValue(),
                        change.newValue(),
                        change.changedBy(),
                        change.changedAt()))
                .toList();
        return new ArchivedAssessment(
                assessment.title(),
                assessment.modelId(),
                assessment.customModel(),
                assessment.date(),
                assessment.facilitator(),
                assessment.status(),
                assessment.archived(),
                archivedParticipants,
                responses.consensus(),
                r.assessments().evidence(assessment.id()),
                responses.targets(),
                history,
                r.evidence().links(assessment.id()).stream()
                        .map(link -> new EngagementArchive.ArchivedLink(
                                link.questionId(), link.link(), link.addedBy(), link.addedAt()))
                        .toList(),
                r.evidence().attachments(assessment.id()).stream()
                        .map(attachment -> new EngagementArchive.ArchivedAttachment(
                                attachment.questionId(),
                                attachment.info(),
                                r.evidence()
                                        .attachmentContent(assessment.id(), attachment.id())
                                        .orElseThrow(),
                                attachment.addedBy(),
                                attachment.addedAt()))
                        .toList(),
                r.plans().riskOverrides(assessment.id()),
                r.plans().items(assessment.id()).stream()
                        .map(StoredPlanItem::item)
                        .toList(),
                java.util.OptionalInt.empty());
    }

    /** A history entry names its participant as named then; the link holds while that name is unique. */
    private static Map<String, String> uniqueKeysByName(List<Participant> participants) {
        Map<String, String> keyByName = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (Participant participant : participants) {
            count.merge(participant.name(), 1, Integer::sum);
            keyByName.put(participant.name(), participant.respondentKey());
        }
        count.forEach((name, n) -> {
            if (n > 1) {
                keyByName.remove(name);
            }
        });
        return keyByName;
    }

    // --- import -----------------------------------------------------------------------------------

    private static long importOrganization(Repositories r, ArchivedOrganization archived) {
        Organization organization =
                r.engagements().createOrganization(Names.require("Organization name", archived.name()));
        if (archived.archived()) {
            r.engagements().setOrganizationArchived(organization.id(), true);
        }
        archived.raci()
                .ifPresent(raci -> r.rolesAndTools()
                        .saveDocument(
                                organization.id(),
                                RolesAndToolsRepository.Document.RACI,
                                RaciFiles.json(raci),
                                Versioned.NOTHING_STORED));
        archived.inventory()
                .ifPresent(inventory -> r.rolesAndTools()
                        .saveDocument(
                                organization.id(),
                                RolesAndToolsRepository.Document.TOOL_INVENTORY,
                                InventoryFiles.json(inventory),
                                Versioned.NOTHING_STORED));
        if (!archived.challenges().entries().isEmpty()) {
            r.rolesAndTools()
                    .saveChallenges(organization.id(), archived.challenges().entries(), Versioned.NOTHING_STORED);
        }
        for (ArchivedTeam archivedTeam : archived.teams()) {
            Team team = r.engagements().createTeam(organization.id(), Names.require("Team name", archivedTeam.name()));
            if (archivedTeam.archived()) {
                r.engagements().setTeamArchived(team.id(), true);
            }
            List<Long> imported = new ArrayList<>();
            for (ArchivedAssessment assessment : archivedTeam.assessments()) {
                long id = importAssessment(r, team.id(), assessment);
                assessment.previousInTeam().ifPresent(position -> {
                    if (position < imported.size()) {
                        r.plans().linkPrevious(id, imported.get(position));
                    }
                });
                imported.add(id);
            }
        }
        return organization.id();
    }

    private static long importAssessment(Repositories r, long teamId, ArchivedAssessment archived) {
        Assessment created = r.assessments()
                .create(new NewAssessment(
                        teamId,
                        Names.require("Title", archived.title()),
                        archived.modelId(),
                        archived.customModel(),
                        archived.date(),
                        Names.require("Facilitator", archived.facilitator()),
                        List.of()));
        if (created.status() != archived.status() || created.archived() != archived.archived()) {
            r.assessments()
                    .update(created.withStatus(archived.status()).withArchived(archived.archived()))
                    .orElseThrow(() -> new IllegalStateException("a new assessment changed while it was imported"));
        }
        long assessmentId = created.id();
        Map<String, Long> participantIds = new HashMap<>();
        for (ArchivedParticipant archivedParticipant : archived.participants()) {
            Participant participant = r.assessments()
                    .addParticipant(
                            assessmentId,
                            Names.require("Participant name", archivedParticipant.name()),
                            Names.optional("Participant role", archivedParticipant.role()));
            participantIds.put(archivedParticipant.key(), participant.id());
            archivedParticipant
                    .ratings()
                    .forEach((question, rating) -> writeNew(r, Cell.rating(participant.id(), question), rating.name()));
            archivedParticipant
                    .notes()
                    .forEach((question, note) -> writeNew(r, Cell.participantNote(participant.id(), question), note));
        }
        archived.consensus()
                .forEach((question, rating) -> writeNew(r, Cell.consensus(assessmentId, question), rating.name()));
        archived.evidence().forEach((question, text) -> writeNew(r, Cell.evidence(assessmentId, question), text));
        archived.targets()
                .forEach(
                        (dimension, level) -> writeNew(r, Cell.target(assessmentId, dimension), String.valueOf(level)));
        archived.links()
                .forEach(link -> r.evidence()
                        .addLink(assessmentId, link.questionId(), link.link(), link.addedBy(), link.addedAt()));
        archived.attachments()
                .forEach(attachment -> r.evidence()
                        .addAttachment(
                                assessmentId,
                                attachment.questionId(),
                                attachment.info(),
                                attachment.content(),
                                attachment.addedBy(),
                                attachment.addedAt()));
        archived.riskOverrides().forEach(override -> r.plans().setRiskOverride(assessmentId, override));
        archived.plan().forEach(item -> r.plans().save(assessmentId, item, 0));
        for (ArchivedChange change : archived.history()) {
            OptionalLong participantId = change.participantKey()
                    .filter(participantIds::containsKey)
                    .map(key -> OptionalLong.of(participantIds.get(key)))
                    .orElse(OptionalLong.empty());
            r.history()
                    .restore(
                            new Change(
                                    0,
                                    assessmentId,
                                    change.field(),
                                    change.participantName(),
                                    change.itemId(),
                                    change.oldValue(),
                                    change.newValue(),
                                    change.changedBy(),
                                    change.changedAt()),
                            participantId);
        }
        return assessmentId;
    }

    private static void writeNew(Repositories r, Cell cell, String value) {
        if (!r.assessments().write(cell, 0, Optional.of(value))) {
            throw new IllegalStateException("a value of a new assessment was already saved: " + cell);
        }
    }
}
