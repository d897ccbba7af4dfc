package org.mlopsconsole.app.assessment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.assessment.EngagementNode.AssessmentNode;
import org.mlopsconsole.app.assessment.EngagementNode.OrganizationNode;
import org.mlopsconsole.app.assessment.EngagementNode.TeamNode;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.reports.ReportFileNames;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.AssessmentModels;
import org.mlopsconsole.workspace.AssessmentStatus;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.EngagementArchive;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.NewAssessment;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Participant;
import org.mlopsconsole.workspace.ParticipantChanges;
import org.mlopsconsole.workspace.Plans;
import org.mlopsconsole.workspace.Team;
import org.mlopsconsole.workspace.Transfers;

/**
 * The Assessments section: the engagement tree (organization, teams, assessments) and the changes
 * made to it. Each change is saved by the repositories on the background executor, then the tree
 * is read again; failures end up in {@link #messageProperty()}.
 */
public final class AssessmentsViewModel {

    /** The extension of engagement files, which the installed app is associated with. */
    public static final String ENGAGEMENT_FILE_EXTENSION = "mlops";

    private final Engagements engagements;
    private final Assessments assessments;
    private final Transfers transfers;
    private final Plans plans;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<OrganizationNode> organizations = FXCollections.observableArrayList();
    private final BooleanProperty showArchived = new SimpleBooleanProperty();
    private final ObjectProperty<EngagementNode> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Path> fileToOpen = new SimpleObjectProperty<>();
    private static final double DEFAULT_DIVIDER = 0.26;
    /** The selected node's key, kept for the next start ("" for none). */
    private StringProperty rememberedSelection = new SimpleStringProperty("");

    private DoubleProperty dividerPosition = new SimpleDoubleProperty(DEFAULT_DIVIDER);

    public AssessmentsViewModel(
            Engagements engagements,
            Assessments assessments,
            Plans plans,
            Transfers transfers,
            Executor background,
            Executor ui) {
        this.plans = plans;
        this.engagements = engagements;
        this.assessments = assessments;
        this.transfers = transfers;
        this.background = background;
        this.ui = ui;
        showArchived.addListener((observable, old, show) -> reload());
        selected.addListener((observable, old, node) -> {
            // a reload clears the selection for a moment; only a choice of the user's is remembered
            if (node != null) {
                rememberedSelection.set(key(node));
            }
        });
    }

    /**
     * Remembers the selection and the split's divider in the given properties (the window's saved
     * state), and selects the remembered node again once the tree is read.
     */
    public AssessmentsViewModel remembering(StringProperty selection, DoubleProperty divider) {
        this.rememberedSelection = selection;
        this.dividerPosition = divider;
        return this;
    }

    /** The split's divider position (0..1), restored from the last session. */
    public DoubleProperty dividerPositionProperty() {
        return dividerPosition;
    }

    /**
     * The model of the assessment created last (the highest id in the tree), for the next new
     * assessment's default; empty when there is none or it used a custom model file.
     */
    public Optional<String> lastModelUsed() {
        return organizations.stream()
                .flatMap(organization -> organization.teams().stream())
                .flatMap(team -> team.assessments().stream())
                .map(AssessmentNode::assessment)
                .max(java.util.Comparator.comparingLong(Assessment::id))
                .filter(assessment -> assessment.customModel().isEmpty())
                .map(Assessment::modelId);
    }

    /** A node's lasting key: its kind and the entity's id ("assessment:12"). */
    static String key(EngagementNode node) {
        if (node instanceof OrganizationNode o) {
            return "organization:" + o.organization().id();
        }
        if (node instanceof TeamNode t) {
            return "team:" + t.team().id();
        }
        return "assessment:" + ((AssessmentNode) node).assessment().id();
    }

    public ObservableList<OrganizationNode> organizations() {
        return organizations;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    /** The node the user works on; the view keeps it in step with the tree's selection. */
    public ObjectProperty<EngagementNode> selectedProperty() {
        return selected;
    }

    /** The last failure, in words; empty after a change that worked. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Assessments assessments() {
        return assessments;
    }

    public TeamHistoryViewModel teamHistory(Team team) {
        return new TeamHistoryViewModel(team, assessments, background, ui);
    }

    public OrganizationRollupViewModel organizationRollup(Organization organization) {
        return new OrganizationRollupViewModel(organization, engagements, assessments, background, ui);
    }

    /** For the forms this section opens: they run their checks on the same executors. */
    public Executor backgroundExecutor() {
        return background;
    }

    public Executor uiExecutor() {
        return ui;
    }

    /** The bundled models; the first call reads and validates the catalog, so it runs in the background. */
    public CompletableFuture<List<MaturityModel>> bundledModels() {
        return CompletableFuture.supplyAsync(AssessmentModels::bundled, background);
    }

    public CompletableFuture<List<Participant>> participants(Assessment assessment) {
        return CompletableFuture.supplyAsync(() -> assessments.participants(assessment.id()), background);
    }

    public CompletableFuture<Void> reload() {
        boolean includeArchived = showArchived.get();
        return CompletableFuture.supplyAsync(() -> readTree(includeArchived), background)
                .handleAsync(
                        (tree, failure) -> {
                            if (failure != null) {
                                message.set("Could not read the engagements: " + Failures.message(failure));
                            } else {
                                organizations.setAll(tree);
                                reselect(tree);
                            }
                            return null;
                        },
                        ui);
    }

    private List<OrganizationNode> readTree(boolean includeArchived) {
        List<OrganizationNode> tree = new ArrayList<>();
        for (Organization organization : engagements.organizations(includeArchived)) {
            List<TeamNode> teams = new ArrayList<>();
            for (Team team : engagements.teams(organization.id(), includeArchived)) {
                List<AssessmentNode> nodes = assessments.forTeam(team.id(), includeArchived).stream()
                        .map(AssessmentNode::new)
                        .toList();
                teams.add(new TeamNode(team, nodes));
            }
            tree.add(new OrganizationNode(organization, teams));
        }
        return tree;
    }

    /** After a reload the selection points at the fresh copy of the same entity, when still shown. */
    private void reselect(List<OrganizationNode> tree) {
        EngagementNode current = selected.get();
        if (current == null) {
            String remembered = rememberedSelection.get();
            if (remembered != null && !remembered.isEmpty()) {
                findByKey(tree, remembered).ifPresent(selected::set);
            }
            return;
        }
        selected.set(find(tree, current).orElse(null));
    }

    private static Optional<EngagementNode> findByKey(List<OrganizationNode> tree, String wanted) {
        for (OrganizationNode organization : tree) {
            if (key(organization).equals(wanted)) {
                return Optional.of(organization);
            }
            for (TeamNode team : organization.teams()) {
                if (key(team).equals(wanted)) {
                    return Optional.of(team);
                }
                for (AssessmentNode assessment : team.assessments()) {
                    if (key(assessment).equals(wanted)) {
                        return Optional.of(assessment);
                    }
                }
            }
        }
        return Optional.empty();
    }

    static Optional<EngagementNode> find(List<OrganizationNode> tree, EngagementNode wanted) {
        for (OrganizationNode organization : tree) {
            if (wanted instanceof OrganizationNode o
                    && o.organization().id() == organization.organization().id()) {
                return Optional.of(organization);
            }
            for (TeamNode team : organization.teams()) {
                if (wanted instanceof TeamNode t && t.team().id() == team.team().id()) {
                    return Optional.of(team);
                }
                for (AssessmentNode assessment : team.assessments()) {
                    if (wanted instanceof AssessmentNode a
                            && a.assessment().id() == assessment.assessment().id()) {
                        return Optional.of(assessment);
                    }
                }
            }
        }
        return Optional.empty();
    }

    public CompletableFuture<Optional<Organization>> createOrganization(String name) {
        return change(() -> engagements.createOrganization(name), created -> new OrganizationNode(created, List.of()));
    }

    public CompletableFuture<Boolean> renameOrganization(Organization organization, String name) {
        return change(() -> {
                    engagements.renameOrganization(organization.id(), name);
                    return true;
                })
                .thenApply(Optional::isPresent);
    }

    public CompletableFuture<Optional<Team>> createTeam(Organization organization, String name) {
        return change(
                () -> engagements.createTeam(organization.id(), name), created -> new TeamNode(created, List.of()));
    }

    public CompletableFuture<Boolean> renameTeam(Team team, String name) {
        return change(() -> {
                    engagements.renameTeam(team.id(), name);
                    return true;
                })
                .thenApply(Optional::isPresent);
    }

    /** Creates the assessment, with {@code status} when it is not the draft every one starts as. */
    public CompletableFuture<Optional<Assessment>> createAssessment(NewAssessment assessment, AssessmentStatus status) {
        return change(
                () -> {
                    Assessment created = assessments.create(assessment);
                    if (status == created.status()) {
                        return created;
                    }
                    return assessments.setStatus(created.id(), status);
                },
                AssessmentNode::new);
    }

    /** "Baseline follow-up": what the follow-up of {@code previous} is called unless the user types another title. */
    public String followUpTitle(Assessment previous) {
        return Plans.followUpTitle(previous);
    }

    /**
     * Starts a follow-up of {@code previous} (same team, model, facilitator, participants, targets
     * and the plan items not done) and selects it.
     */
    public CompletableFuture<Optional<Assessment>> startFollowUp(Assessment previous, String title, LocalDate date) {
        return change(() -> plans.startFollowUp(previous.id(), title, date), AssessmentNode::new);
    }

    /** Saves the edited assessment and its participant changes together, in one transaction. */
    public CompletableFuture<Boolean> updateAssessment(Assessment assessment, ParticipantChanges participants) {
        return change(() -> {
                    assessments.edit(assessment, participants);
                    return true;
                })
                .thenApply(Optional::isPresent);
    }

    /** Archives the selected node, or restores it when it is archived already. */
    /** An engagement file handed to the app (its file association): the view offers to import it. */
    public ObjectProperty<Path> fileToOpenProperty() {
        return fileToOpen;
    }

    /** Reads and checks a whole engagement file in the background; nothing changes yet. */
    public CompletableFuture<EngagementArchive> readEngagementFile(Path file) {
        return CompletableFuture.supplyAsync(() -> Transfers.readFile(file), background);
    }

    /**
     * Adds what an engagement file holds, with new ids: an organization as a new one, an assessment
     * into {@code team}. Selects what was added; empty when the import failed (the message says why).
     */
    public CompletableFuture<Optional<Long>> importEngagement(EngagementArchive archive, OptionalLong team) {
        boolean organization = archive instanceof EngagementArchive.OfOrganization;
        return change(() -> transfers.importArchive(archive, team)).thenApply(id -> {
            id.flatMap(added -> findById(organization, added)).ifPresent(selected::set);
            return id;
        });
    }

    private Optional<EngagementNode> findById(boolean organization, long id) {
        for (OrganizationNode node : organizations) {
            if (organization && node.organization().id() == id) {
                return Optional.of(node);
            }
            for (TeamNode team : node.teams()) {
                for (AssessmentNode assessment : team.assessments()) {
                    if (!organization && assessment.assessment().id() == id) {
                        return Optional.of(assessment);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A team as the question "into which team?" lists it: "Acme Bank · Fraud". */
    public record TeamChoice(long teamId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** Every team not archived, for the question "into which team?" of an assessment's import. */
    public List<TeamChoice> teams() {
        return organizations.stream()
                .filter(organization -> !organization.archived())
                .flatMap(organization -> organization.teams().stream()
                        .filter(team -> !team.archived())
                        .map(team -> new TeamChoice(team.team().id(), organization.label() + " · " + team.label())))
                .toList();
    }

    /**
     * Writes the selection to an engagement file: an assessment alone, or the whole organization of
     * a selected organization or team. Empty when it failed (the message says why).
     */
    public CompletableFuture<Optional<Path>> exportSelected(Path target) {
        EngagementNode node = selected.get();
        return change(() -> {
            EngagementArchive archive = node instanceof AssessmentNode a
                    ? transfers.exportAssessment(a.assessment().id())
                    : transfers.exportOrganization(
                            organizationOf(node).organization().id());
            Transfers.writeFile(archive, target);
            return target.toAbsolutePath().normalize();
        });
    }

    /** The export's file name: organization (and team for an assessment) and date, {@code .mlops}. */
    public String suggestedExportName(LocalDate today) {
        EngagementNode node = selected.get();
        if (node instanceof AssessmentNode a) {
            TeamNode team = teamOf(a);
            OrganizationNode organization = organizationOf(team);
            return ReportFileNames.base(
                            organization.label(), team.label(), a.assessment().date()) + "."
                    + ENGAGEMENT_FILE_EXTENSION;
        }
        return ReportFileNames.base(node == null ? "" : organizationOf(node).label(), "", today) + "."
                + ENGAGEMENT_FILE_EXTENSION;
    }

    private OrganizationNode organizationOf(EngagementNode node) {
        return organizations.stream()
                .filter(organization -> organization.equals(node)
                        || organization.teams().stream()
                                .anyMatch(team ->
                                        team.equals(node) || team.assessments().contains(node)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("choose an organization, team or assessment"));
    }

    private TeamNode teamOf(AssessmentNode node) {
        return organizations.stream()
                .flatMap(organization -> organization.teams().stream())
                .filter(team -> team.assessments().contains(node))
                .findFirst()
                .orElseThrow();
    }

    public CompletableFuture<Boolean> toggleArchived(EngagementNode node) {
        boolean archive = !node.archived();
        return change(() -> {
                    if (node instanceof OrganizationNode o) {
                        engagements.archiveOrganization(o.organization().id(), archive);
                    } else if (node instanceof TeamNode t) {
                        engagements.archiveTeam(t.team().id(), archive);
                    } else if (node instanceof AssessmentNode a) {
                        assessments.archive(a.assessment().id(), archive);
                    }
                    return true;
                })
                .thenApply(Optional::isPresent);
    }

    private <T> CompletableFuture<Optional<T>> change(Supplier<T> action) {
        return change(action, null);
    }

    /**
     * Runs {@code action} in the background, then reloads the tree; selects what {@code toNode}
     * makes of the result. The future holds the result, or empty when the change failed.
     */
    private <T> CompletableFuture<Optional<T>> change(Supplier<T> action, Function<T, EngagementNode> toNode) {
        return CompletableFuture.supplyAsync(action, background)
                .handleAsync(
                        (result, failure) -> {
                            if (failure != null) {
                                message.set(Failures.message(failure));
                                return Optional.<T>empty();
                            }
                            message.set("");
                            if (toNode != null) {
                                selected.set(toNode.apply(result));
                            }
                            return Optional.ofNullable(result);
                        },
                        ui)
                .thenCompose(result -> reload().thenApply(done -> result));
    }
}
