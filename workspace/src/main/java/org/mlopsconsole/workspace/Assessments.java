package org.mlopsconsole.workspace;

import static org.mlopsconsole.workspace.Engagements.notFound;
import static org.mlopsconsole.workspace.Engagements.requireFound;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;

/**
 * The assessment use cases the desktop app and the command line share: create and edit, rate,
 * consensus, notes, targets, import and merge responses, the roll-up input and the history. Each
 * is one transaction. A change names the value it was based on ({@code seen}); when the saved
 * value differs (someone else saved meanwhile), nothing is saved and a {@link ConflictException}
 * says theirs against yours. Every saved change of a cell is recorded in the history.
 */
public final class Assessments {

    /** The longest note or evidence text that is saved. */
    public static final int MAX_NOTE_LENGTH = 10_000;

    private final Transactions transactions;

    public Assessments(Transactions transactions) {
        this.transactions = transactions;
    }

    // --- assessments ----------------------------------------------------------------------------

    public Assessment create(NewAssessment spec) {
        NewAssessment checked = new NewAssessment(
                spec.teamId(),
                Names.require("Title", spec.title()),
                Names.require("Model", spec.modelId()),
                spec.customModel(),
                requireDate(spec.date()),
                Names.require("Facilitator", spec.facilitator()),
                spec.participants().stream()
                        .map(p -> new NewAssessment.NewParticipant(
                                Names.require("Participant name", p.name()),
                                Names.optional("Participant role", p.role())))
                        .toList());
        return transactions.inTransaction("create assessment " + checked.title(), r -> {
            if (r.engagements().findTeam(checked.teamId()).isEmpty()) {
                throw notFound("team", checked.teamId(), "org list");
            }
            Assessment created = r.assessments().create(checked);
            for (NewAssessment.NewParticipant participant : checked.participants()) {
                r.assessments().addParticipant(created.id(), participant.name(), participant.role());
            }
            return created;
        });
    }

    public Optional<Assessment> find(long assessmentId) {
        return transactions.inTransaction(
                "read assessment", r -> r.assessments().find(assessmentId));
    }

    /** Assessment {@code id}; an {@link EngagementException} naming the id when there is none. */
    public Assessment assessment(long assessmentId) {
        return find(assessmentId).orElseThrow(() -> notFound("assessment", assessmentId, "assess list"));
    }

    /** By date, then id: the last is the latest. */
    public List<Assessment> forTeam(long teamId, boolean includeArchived) {
        return transactions.inTransaction(
                "list assessments", r -> r.assessments().forTeam(teamId, includeArchived));
    }

    /** Every assessment, archived ones included, by organization, team and date. */
    public List<AssessmentEntry> all() {
        return transactions.inTransaction("list assessments", r -> {
            List<AssessmentEntry> entries = new ArrayList<>();
            for (Organization organization : r.engagements().organizations(true)) {
                for (Team team : r.engagements().teams(organization.id(), true)) {
                    for (Assessment assessment : r.assessments().forTeam(team.id(), true)) {
                        entries.add(new AssessmentEntry(assessment, team, organization));
                    }
                }
            }
            return entries;
        });
    }

    /** Assessment {@code id} with its team and organization. */
    public AssessmentEntry entry(long assessmentId) {
        return transactions.inTransaction("read assessment", r -> {
            Assessment assessment = r.assessments()
                    .find(assessmentId)
                    .orElseThrow(() -> notFound("assessment", assessmentId, "assess list"));
            Team team = r.engagements().findTeam(assessment.teamId()).orElseThrow();
            Organization organization =
                    r.engagements().findOrganization(team.organizationId()).orElseThrow();
            return new AssessmentEntry(assessment, team, organization);
        });
    }

    /**
     * The roll-up input: each team of the organization (archived teams left out, in team order)
     * with its latest assessment that is not archived (by date, then the one created last).
     */
    public List<TeamLatest> latestPerTeam(long organizationId) {
        return transactions.inTransaction("read the teams' latest assessments", r -> {
            List<TeamLatest> latest = new ArrayList<>();
            for (Team team : r.engagements().teams(organizationId, false)) {
                List<Assessment> ofTeam = r.assessments().forTeam(team.id(), false);
                if (!ofTeam.isEmpty()) {
                    latest.add(new TeamLatest(team, ofTeam.get(ofTeam.size() - 1)));
                }
            }
            return latest;
        });
    }

    /**
     * The organization's latest assessment that is not archived, over all its teams that are not
     * archived (by date, then the one created last): where the Roles &amp; Tools section puts plan
     * items; empty when the organization has none.
     */
    public Optional<AssessmentEntry> latestInOrganization(long organizationId) {
        return transactions.inTransaction("read the organization's latest assessment", r -> {
            Organization organization = r.engagements()
                    .findOrganization(organizationId)
                    .orElseThrow(() -> notFound("organization", organizationId, "org list"));
            return latestPerTeam(organizationId).stream()
                    .max(java.util.Comparator.comparing(
                                    (TeamLatest latest) -> latest.assessment().date())
                            .thenComparingLong(latest -> latest.assessment().id()))
                    .map(latest -> new AssessmentEntry(latest.assessment(), latest.team(), organization));
        });
    }

    /** Saves title, date, facilitator, status and archived; see {@link #edit(Assessment, ParticipantChanges)}. */
    public Assessment edit(Assessment edited) {
        return edit(edited, ParticipantChanges.none());
    }

    /**
     * Saves the assessment's details and its participant changes in one transaction: renamed
     * participants keep their ratings and notes; removed ones lose theirs (recorded in the
     * history); added ones are appended. Throws a {@link ConflictException} when the assessment
     * was saved by someone else since {@code edited} was read.
     *
     * @return the assessment as saved, with its new version
     */
    public Assessment edit(Assessment edited, ParticipantChanges changes) {
        Assessment checked = new Assessment(
                edited.id(),
                edited.teamId(),
                Names.require("Title", edited.title()),
                edited.modelId(),
                edited.customModel(),
                requireDate(edited.date()),
                Names.require("Facilitator", edited.facilitator()),
                edited.status(),
                edited.archived(),
                edited.version());
        return transactions.inTransaction("save assessment " + checked.title(), r -> {
            Assessment saved = r.assessments().update(checked).orElseThrow(() -> {
                Assessment theirs = r.assessments()
                        .find(checked.id())
                        .orElseThrow(() -> notFound("assessment", checked.id(), "assess list"));
                return new ConflictException(new Conflict.OfAssessment(theirs, checked));
            });
            for (Participant participant : changes.renamed()) {
                Participant renamed = new Participant(
                        participant.id(),
                        participant.respondentKey(),
                        Names.require("Participant name", participant.name()),
                        Names.optional("Participant role", participant.role()));
                requireFound(r.assessments().renameParticipant(checked.id(), renamed), "participant", renamed.id());
            }
            for (Participant participant : changes.removed()) {
                removeParticipant(r, checked.id(), participant.id());
            }
            for (NewAssessment.NewParticipant participant : changes.added()) {
                r.assessments()
                        .addParticipant(
                                checked.id(),
                                Names.require("Participant name", participant.name()),
                                Names.optional("Participant role", participant.role()));
            }
            return saved;
        });
    }

    /** Renames assessment {@code id} as saved now. */
    public Assessment rename(long assessmentId, String title) {
        return transactions.inTransaction(
                "rename assessment", r -> edit(current(r, assessmentId).withTitle(title)));
    }

    public Assessment archive(long assessmentId, boolean archived) {
        return transactions.inTransaction(
                "archive assessment", r -> edit(current(r, assessmentId).withArchived(archived)));
    }

    public Assessment setStatus(long assessmentId, AssessmentStatus status) {
        return transactions.inTransaction(
                "change the assessment's status",
                r -> edit(current(r, assessmentId).withStatus(status)));
    }

    // --- participants ---------------------------------------------------------------------------

    /** In the order they were added. */
    public List<Participant> participants(long assessmentId) {
        return transactions.inTransaction(
                "list participants", r -> r.assessments().participants(assessmentId));
    }

    public Participant addParticipant(long assessmentId, String name, String role) {
        String checkedName = Names.require("Participant name", name);
        String checkedRole = Names.optional("Participant role", role);
        return transactions.inTransaction("add participant " + checkedName, r -> {
            current(r, assessmentId);
            return r.assessments().addParticipant(assessmentId, checkedName, checkedRole);
        });
    }

    // --- cells ------------------------------------------------------------------------------------

    /** Sets (empty: clears) a participant's rating, based on {@code seen}. */
    public void rate(long participantId, String questionId, Optional<Rating> seen, Optional<Rating> rating) {
        change(Cell.rating(participantId, questionId), seen.map(Rating::name), rating.map(Rating::name));
    }

    /** Sets (blank: clears) a participant's note of a question, based on {@code seen}. */
    public void setParticipantNote(long participantId, String questionId, String seen, String note) {
        change(Cell.participantNote(participantId, questionId), text(seen), checkedText("Note", note));
    }

    /** Sets (empty: clears) the facilitator's consensus rating, based on {@code seen}. */
    public void setConsensus(long assessmentId, String questionId, Optional<Rating> seen, Optional<Rating> rating) {
        change(Cell.consensus(assessmentId, questionId), seen.map(Rating::name), rating.map(Rating::name));
    }

    /** Sets (blank: clears) the notes and evidence of a question, based on {@code seen}. */
    public void setEvidence(long assessmentId, String questionId, String seen, String evidence) {
        change(Cell.evidence(assessmentId, questionId), text(seen), checkedText("Notes and evidence", evidence));
    }

    /** Sets (empty: clears) the target level of a dimension, based on {@code seen}. */
    public void setTarget(long assessmentId, String dimensionId, OptionalInt seen, OptionalInt level) {
        change(Cell.target(assessmentId, dimensionId), level(seen), level(level));
    }

    /**
     * Sets one cell to {@code value} (empty clears it) when it still holds {@code seen}, and records
     * the change in the history; nothing happens when it already holds {@code value}. To keep
     * yours after a conflict, call it again with theirs as {@code seen}.
     *
     * @throws ConflictException when the cell holds something else than {@code seen}
     */
    public void change(Cell cell, Optional<String> seen, Optional<String> value) {
        transactions.inTransaction("save the " + cell.field().label(), r -> {
            Owner owner = owner(r, cell);
            StoredCell stored = r.assessments().read(cell);
            if (!stored.value().equals(seen)) {
                throw conflict(r, cell, seen, stored.value(), value);
            }
            write(r, owner, cell, stored, value);
            return null;
        });
    }

    public Optional<String> evidence(long assessmentId, String questionId) {
        return Optional.ofNullable(evidence(assessmentId).get(questionId));
    }

    /** The notes and evidence per question. */
    public Map<String, String> evidence(long assessmentId) {
        return transactions.inTransaction("read notes and evidence", r -> {
            current(r, assessmentId);
            return r.assessments().evidence(assessmentId);
        });
    }

    /** The workshop's agenda as saved, in its order; empty when none was saved (the app proposes one). */
    public List<AgendaSlot> agenda(long assessmentId) {
        return transactions.inTransaction("read the agenda", r -> {
            current(r, assessmentId);
            return r.assessments().agenda(assessmentId);
        });
    }

    /**
     * Saves the workshop's agenda whole, replacing the one saved (the last save wins: an agenda is
     * the facilitator's plan, not a rating, so it keeps no history). A dimension may appear once.
     */
    public void saveAgenda(long assessmentId, List<AgendaSlot> slots) {
        Set<String> seen = new HashSet<>();
        for (AgendaSlot slot : slots) {
            if (!seen.add(slot.dimensionId())) {
                throw new EngagementException("The agenda names dimension " + slot.dimensionId() + " twice.");
            }
        }
        transactions.inTransaction("save the agenda", r -> {
            current(r, assessmentId);
            r.assessments().replaceAgenda(assessmentId, List.copyOf(slots));
            return null;
        });
    }

    /** Everything rated so far, in the engine's responses format. */
    public Responses responses(long assessmentId) {
        return transactions.inTransaction("read responses", r -> {
            current(r, assessmentId);
            return r.assessments().responses(assessmentId);
        });
    }

    /** The saved value and version of one cell. */
    public StoredCell read(Cell cell) {
        return transactions.inTransaction(
                "read the " + cell.field().label(), r -> r.assessments().read(cell));
    }

    /** The change history of the assessment, oldest first. */
    public List<Change> history(long assessmentId) {
        return transactions.inTransaction("read the history", r -> {
            current(r, assessmentId);
            return r.history().ofAssessment(assessmentId);
        });
    }

    // --- imports ----------------------------------------------------------------------------------

    /**
     * Adds the respondents of {@code imported} (a filled questionnaire or a responses file) to the
     * assessment, matching them to its participants by exact name (Unicode NFC): new names are
     * added with generated ids; a participant found by name gets the imported ratings and notes.
     * A participant who already has answers is refused, and then the whole import, unless
     * {@code mode} is {@link ImportMode#REPLACE}. The consensus and targets stay. One
     * transaction: read, checked and saved whole, or nothing changes.
     */
    public ImportResult importResponses(long assessmentId, Responses imported, ImportMode mode) {
        return transactions.inTransaction("import responses", r -> {
            current(r, assessmentId);
            Map<String, Respondent> byName = respondentsByName(imported);
            Responses saved = r.assessments().responses(assessmentId);
            Map<String, Participant> matched = matchByName(r.assessments().participants(assessmentId), byName);
            if (mode == ImportMode.KEEP_EXISTING) {
                refuseOverwriting(assessmentId, matched, saved);
            }
            List<String> added = new ArrayList<>();
            List<String> updated = new ArrayList<>();
            for (Map.Entry<String, Respondent> respondent : byName.entrySet()) {
                Participant participant = matched.get(respondent.getKey());
                if (participant == null) {
                    participant = r.assessments()
                            .addParticipant(
                                    assessmentId,
                                    respondent.getKey(),
                                    Names.optional(
                                            "Respondent role",
                                            respondent.getValue().role()));
                    added.add(participant.name());
                } else {
                    updated.add(participant.name());
                }
                replaceAnswers(r, assessmentId, participant, saved, respondent.getValue());
            }
            return new ImportResult(added, updated);
        });
    }

    /**
     * Makes the assessment hold exactly {@code responses}: participants matched by exact name keep
     * their ids and get the file's answers, the others are removed, new names are added; the
     * consensus and targets are the file's. Notes and evidence stay. One transaction.
     */
    public void replaceResponses(long assessmentId, Responses responses) {
        transactions.inTransaction("replace responses", r -> {
            importResponses(assessmentId, responses, ImportMode.REPLACE);
            Set<String> kept = respondentsByName(responses).keySet();
            for (Participant participant : r.assessments().participants(assessmentId)) {
                if (!kept.contains(Names.normalize(participant.name()))) {
                    removeParticipant(r, assessmentId, participant.id());
                }
            }
            Responses saved = r.assessments().responses(assessmentId);
            Owner owner = new Owner(assessmentId, Optional.empty());
            replaceAll(
                    r,
                    owner,
                    saved.consensus().keySet(),
                    responses.consensus().keySet(),
                    question -> Cell.consensus(assessmentId, question),
                    question -> name(responses.consensus().get(question)));
            replaceAll(
                    r,
                    owner,
                    saved.targets().keySet(),
                    responses.targets().keySet(),
                    dimension -> Cell.target(assessmentId, dimension),
                    dimension -> Optional.ofNullable(responses.targets().get(dimension))
                            .map(String::valueOf));
            return null;
        });
    }

    // --- the steps ------------------------------------------------------------------------------

    private record Owner(long assessmentId, Optional<String> participantName) {}

    static Assessment current(Repositories r, long assessmentId) {
        return r.assessments()
                .find(assessmentId)
                .orElseThrow(() -> notFound("assessment", assessmentId, "assess list"));
    }

    private static Owner owner(Repositories r, Cell cell) {
        if (cell.field().ofParticipant()) {
            Map.Entry<Long, Participant> participant = r.assessments()
                    .findParticipant(cell.ownerId())
                    .orElseThrow(() -> notFound("participant", cell.ownerId(), null));
            return new Owner(
                    participant.getKey(), Optional.of(participant.getValue().name()));
        }
        current(r, cell.ownerId());
        return new Owner(cell.ownerId(), Optional.empty());
    }

    /** Writes on the version just read; someone saving in between makes it a conflict. */
    private static void write(Repositories r, Owner owner, Cell cell, StoredCell stored, Optional<String> value) {
        if (stored.value().equals(value)) {
            return;
        }
        if (!r.assessments().write(cell, stored.version(), value)) {
            throw conflict(r, cell, stored.value(), r.assessments().read(cell).value(), value);
        }
        r.history().record(owner.assessmentId(), cell, owner.participantName(), stored.value(), value);
    }

    private static ConflictException conflict(
            Repositories r, Cell cell, Optional<String> seen, Optional<String> theirs, Optional<String> yours) {
        return new ConflictException(
                new Conflict.OfCell(cell, seen, theirs, yours, r.history().latest(cell)));
    }

    private static void removeParticipant(Repositories r, long assessmentId, long participantId) {
        Responses saved = r.assessments().responses(assessmentId);
        Participant participant = r.assessments()
                .findParticipant(participantId)
                .filter(found -> found.getKey() == assessmentId)
                .orElseThrow(() -> notFound("participant", participantId, null))
                .getValue();
        Owner owner = new Owner(assessmentId, Optional.of(participant.name()));
        respondent(saved, participant).ifPresent(answers -> {
            answers.ratings()
                    .forEach((question, rating) -> r.history()
                            .record(
                                    assessmentId,
                                    Cell.rating(participantId, question),
                                    owner.participantName(),
                                    Optional.of(rating.name()),
                                    Optional.empty()));
            answers.notes()
                    .forEach((question, note) -> r.history()
                            .record(
                                    assessmentId,
                                    Cell.participantNote(participantId, question),
                                    owner.participantName(),
                                    Optional.of(note),
                                    Optional.empty()));
        });
        requireFound(r.assessments().removeParticipant(assessmentId, participantId), "participant", participantId);
    }

    private static Map<String, Respondent> respondentsByName(Responses imported) {
        Map<String, Respondent> byName = new LinkedHashMap<>();
        for (Respondent respondent : imported.respondents()) {
            String name = Names.require("Respondent name", respondent.name());
            if (byName.put(name, respondent) != null) {
                throw new EngagementException(
                        "The file names respondent \"" + name + "\" twice; nothing was imported.");
            }
        }
        return byName;
    }

    private static Map<String, Participant> matchByName(
            List<Participant> participants, Map<String, Respondent> byName) {
        Map<String, Participant> matched = new LinkedHashMap<>();
        for (Participant participant : participants) {
            String name = Names.normalize(participant.name());
            if (byName.containsKey(name) && matched.put(name, participant) != null) {
                throw new EngagementException("The assessment has two participants named \"" + name
                        + "\": rename one of them before importing; nothing was imported.");
            }
        }
        return matched;
    }

    private static void refuseOverwriting(long assessmentId, Map<String, Participant> matched, Responses saved) {
        List<String> answered = matched.values().stream()
                .filter(participant -> respondent(saved, participant)
                        .filter(answers ->
                                !answers.ratings().isEmpty() || !answers.notes().isEmpty())
                        .isPresent())
                .map(participant -> "\"" + participant.name() + "\"")
                .toList();
        if (!answered.isEmpty()) {
            throw new EngagementException((answered.size() == 1 ? "Participant " : "Participants ")
                    + String.join(", ", answered) + (answered.size() == 1 ? " already has" : " already have")
                    + " answers in assessment " + assessmentId
                    + "; nothing was imported. Import again with --replace to overwrite them.");
        }
    }

    private static Optional<Respondent> respondent(Responses saved, Participant participant) {
        return saved.respondents().stream()
                .filter(respondent -> respondent.id().equals(participant.respondentKey()))
                .findFirst();
    }

    private static void replaceAnswers(
            Repositories r, long assessmentId, Participant participant, Responses saved, Respondent imported) {
        Owner owner = new Owner(assessmentId, Optional.of(participant.name()));
        Optional<Respondent> before = respondent(saved, participant);
        replaceAll(
                r,
                owner,
                before.map(b -> b.ratings().keySet()).orElse(Set.of()),
                imported.ratings().keySet(),
                question -> Cell.rating(participant.id(), question),
                question -> name(imported.ratings().get(question)));
        replaceAll(
                r,
                owner,
                before.map(b -> b.notes().keySet()).orElse(Set.of()),
                imported.notes().keySet(),
                question -> Cell.participantNote(participant.id(), question),
                question -> checkedText("Note", imported.notes().get(question)));
    }

    /** Every item saved or imported gets the imported value (none: cleared). */
    private static void replaceAll(
            Repositories r,
            Owner owner,
            Set<String> savedItems,
            Set<String> importedItems,
            java.util.function.Function<String, Cell> cellOf,
            java.util.function.Function<String, Optional<String>> importedValue) {
        Set<String> items = new LinkedHashSet<>(savedItems);
        items.addAll(importedItems);
        for (String item : items) {
            Cell cell = cellOf.apply(item);
            write(r, owner, cell, r.assessments().read(cell), importedValue.apply(item));
        }
    }

    private static Optional<String> name(Rating rating) {
        return Optional.ofNullable(rating).map(Rating::name);
    }

    private static Optional<String> level(OptionalInt level) {
        return level.isPresent() ? Optional.of(String.valueOf(level.getAsInt())) : Optional.empty();
    }

    private static Optional<String> text(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
    }

    private static Optional<String> checkedText(String field, String value) {
        Optional<String> stripped = text(value);
        stripped.filter(t -> t.length() > MAX_NOTE_LENGTH).ifPresent(t -> {
            throw new EngagementException(
                    field + " is " + t.length() + " characters long; at most " + MAX_NOTE_LENGTH + " are allowed.");
        });
        return stripped;
    }

    private static java.time.LocalDate requireDate(java.time.LocalDate date) {
        if (date == null) {
            throw new EngagementException("Date is required.");
        }
        return date;
    }
}
