package org.mlopsconsole.app.livevote;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Cell;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/** A real H2 workspace with one google-mlops assessment and three participants, for the live vote. */
final class LiveVoteWorkspace implements AutoCloseable {

    final Path directory;
    final Workspace workspace;
    final Assessments assessments;
    final MaturityModel model;
    final Assessment assessment;
    final List<Participant> participants;

    LiveVoteWorkspace(Path directory) {
        this.directory = directory;
        model = ModelCatalog.bundled().find("google-mlops").orElseThrow();
        workspace = Workspaces.open(new WorkspaceLocation.Folder(directory));
        Engagements engagements = workspace.engagements();
        assessments = workspace.assessments();
        long team = engagements
                .createTeam(engagements.createOrganization("Acme").id(), "Fraud models")
                .id();
        assessment = assessments.create(new NewAssessment(
                team,
                "Baseline",
                model.id(),
                Optional.empty(),
                LocalDate.of(2026, 12, 1),
                "Ana",
                List.of(
                        new NewAssessment.NewParticipant("Bruno", "data scientist"),
                        new NewAssessment.NewParticipant("Chen", "ML engineer"),
                        new NewAssessment.NewParticipant("Dara", "product owner"))));
        participants = assessments.participants(assessment.id());
    }

    LiveVote vote(LiveVoteOptions options) {
        return new LiveVote(assessment.id(), model, assessments, options, JoinSecrets.generate());
    }

    Question question(int index) {
        return model.questions().toList().get(index);
    }

    Participant participant(String name) {
        return participants.stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** The rating as saved in the workspace. */
    Optional<Rating> saved(String name, Question question) {
        return assessments
                .read(Cell.rating(participant(name).id(), question.id()))
                .value()
                .flatMap(Rating::parse);
    }

    Optional<String> savedNote(String name, Question question) {
        return assessments
                .read(Cell.participantNote(participant(name).id(), question.id()))
                .value();
    }

    @Override
    public void close() {
        workspace.close();
    }
}
