package org.mlopsconsole.app.assessment;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.Question;
import org.mlopsconsole.assessment.analysis.AssessmentAnalysis;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.Workspaces;

/**
 * A real workspace in a temporary folder with an organization, a team and an assessment of a
 * bundled model (google-mlops unless named), with three participants.
 */
final class EngagementFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    final Workspace workspace;
    final Engagements engagements;
    final Assessments assessments;
    final MaturityModel model;
    final Assessment assessment;
    final List<Participant> participants;

    EngagementFixture(Path directory) {
        this(directory, "google-mlops");
    }

    EngagementFixture(Path directory, String modelId) {
        model = ModelCatalog.bundled().find(modelId).orElseThrow();
        workspace = Workspaces.open(new WorkspaceLocation.Folder(directory));
        engagements = workspace.engagements();
        assessments = workspace.assessments();
        Team team =
                engagements.createTeam(engagements.createOrganization("Acme").id(), "Fraud models");
        assessment = assessments.create(new NewAssessment(
                team.id(),
                "Baseline",
                model.id(),
                Optional.empty(),
                LocalDate.of(2026, 11, 23),
                "Ana",
                List.of(
                        new NewAssessment.NewParticipant("Bruno", "data scientist"),
                        new NewAssessment.NewParticipant("Chen", "ML engineer"),
                        new NewAssessment.NewParticipant("Dara", "product owner"))));
        participants = assessments.participants(assessment.id());
    }

    WorkshopViewModel workshop() {
        WorkshopViewModel workshop =
                new WorkshopViewModel(assessment.id(), model, assessments, Runnable::run, Runnable::run);
        workshop.load().join();
        return workshop;
    }

    ResultsViewModel results() {
        return new ResultsViewModel(assessment.id(), model, assessments, Runnable::run, Runnable::run);
    }

    /** The model's questions in workshop order. */
    List<Question> questions() {
        return model.questions().toList();
    }

    int questionCount() {
        return (int) model.questions().count();
    }

    Dimension dimension(String dimensionId) {
        return model.dimensions().stream()
                .filter(d -> d.id().equals(dimensionId))
                .findFirst()
                .orElseThrow();
    }

    /** Where the dimension stands in the model's (and so the Results profile's) order. */
    int dimensionIndex(String dimensionId) {
        return model.dimensions().indexOf(dimension(dimensionId));
    }

    /** The dimension's questions at one level, in definition order. */
    List<Question> questionsAt(String dimensionId, int level) {
        return dimension(dimensionId).questions().stream()
                .filter(q -> q.level() == level)
                .toList();
    }

    /** "1 (ML pipeline automation)", as the analysis names a level of the model. */
    String levelText(int level) {
        return AssessmentAnalysis.levelText(model.level(level).orElseThrow());
    }

    @Override
    public void close() {
        workspace.close();
    }
}
