package org.mlopsconsole.app.rolestools;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.assessment.challenges.Challenge;
import org.mlopsconsole.assessment.challenges.ChallengeCatalog;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.OrganizationSize;
import org.mlopsconsole.assessment.roles.Person;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciCheck;
import org.mlopsconsole.assessment.roles.RaciFinding;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.assessment.tools.Component;
import org.mlopsconsole.assessment.tools.ComponentCoverage;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.Support;
import org.mlopsconsole.assessment.tools.Tool;
import org.mlopsconsole.assessment.tools.ToolCatalog;
import org.mlopsconsole.assessment.tools.ToolConstraints;
import org.mlopsconsole.assessment.tools.ToolCoverage;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.assessment.tools.ToolSuggestion;
import org.mlopsconsole.assessment.tools.ToolSuggestions;
import org.mlopsconsole.workspace.AssessmentEntry;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Engagements;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Plans;
import org.mlopsconsole.workspace.RolesAndTools;
import org.mlopsconsole.workspace.Versioned;

/**
 * The Roles &amp; Tools section for one organization at a time: its RACI with the live check, its
 * tool inventory with the coverage matrix and suggestions, and its challenge register. Edits stay
 * here until {@link #save}, which writes all three over the versions they were read at.
 */
public final class RolesToolsViewModel {

    private static final RaciCheck CHECK = RaciCheck.withDefaultLimits();

    private final Engagements engagements;
    private final RolesAndTools store;
    private final Assessments assessments;
    private final Plans plans;
    private final ToolCatalog tools = ToolCatalog.bundled();
    private final ChallengeCatalog challengeCatalog = ChallengeCatalog.bundled();
    private final Executor background;
    private final Executor ui;

    private final ObservableList<Organization> organizations = FXCollections.observableArrayList();
    private final ObjectProperty<Organization> organization = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Raci> raci = new ReadOnlyObjectWrapper<>();
    private final ObservableList<RaciFinding> findings = FXCollections.observableArrayList();
    private final ObservableList<InventoryTool> inventory = FXCollections.observableArrayList();
    private final BooleanProperty openSourceOnly = new SimpleBooleanProperty();
    private final BooleanProperty onPremisesOnly = new SimpleBooleanProperty();
    private final BooleanProperty kubernetesAvailable = new SimpleBooleanProperty(true);
    private final ObservableList<ComponentCoverage> coverage = FXCollections.observableArrayList();
    private final ObservableList<ToolSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<RegisteredChallenge> challenges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper planTarget = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canPlan = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();

    private long raciVersion;
    private long inventoryVersion;
    private long challengesVersion;

    public RolesToolsViewModel(
            Engagements engagements,
            RolesAndTools store,
            Assessments assessments,
            Plans plans,
            Executor background,
            Executor ui) {
        this.engagements = engagements;
        this.store = store;
        this.assessments = assessments;
        this.plans = plans;
        this.background = background;
        this.ui = ui;
        openSourceOnly.addListener((o, was, is) -> inventoryChanged());
        onPremisesOnly.addListener((o, was, is) -> inventoryChanged());
        kubernetesAvailable.addListener((o, was, is) -> inventoryChanged());
    }

    /** Lists the organizations and opens the first. */
    public CompletableFuture<Void> load() {
        return run(() -> engagements.organizations(false), found -> {
            organizations.setAll(found);
            if (!found.isEmpty()) {
                open(found.get(0));
            } else {
                status.set("Create an organization in Assessments first: roles and tools are kept per organization.");
            }
        });
    }

    /** Reads the organization's RACI, inventory and register (a new RACI starts from the small template). */
    public CompletableFuture<Void> open(Organization chosen) {
        organization.set(chosen);
        long id = chosen.id();
        return run(
                () -> new Stored(
                        store.raci(id),
                        store.inventory(id),
                        store.challenges(id),
                        assessments.latestInOrganization(id)),
                stored -> {
                    raciVersion = stored.raci().map(Versioned::version).orElse(Versioned.NOTHING_STORED);
                    setRaci(stored.raci().map(Versioned::value).orElseGet(OrganizationSize.SMALL::template));
                    inventoryVersion =
                            stored.inventory().map(Versioned::version).orElse(Versioned.NOTHING_STORED);
                    ToolInventory read = stored.inventory()
                            .map(Versioned::value)
                            .orElse(new ToolInventory(chosen.name(), List.of(), ToolConstraints.NONE));
                    inventory.setAll(read.tools());
                    openSourceOnly.set(read.constraints().openSourceOnly());
                    onPremisesOnly.set(read.constraints().onPremisesOnly());
                    kubernetesAvailable.set(read.constraints().kubernetesAvailable());
                    inventoryChanged();
                    challengesVersion = stored.challenges().version();
                    challenges.setAll(stored.challenges().value().entries());
                    dirty.set(false);
                    showPlanTarget(chosen, stored.latest());
                    status.set(stored.raci().isEmpty() ? "No RACI saved yet: starting from the small template." : "");
                });
    }

    private record Stored(
            Optional<Versioned<Raci>> raci,
            Optional<Versioned<ToolInventory>> inventory,
            Versioned<ChallengeRegister> challenges,
            Optional<AssessmentEntry> latest) {}

    // RACI

    /** Adds or removes {@code letter} in one cell. */
    public void toggle(int activity, int role, Responsibility letter) {
        Set<Responsibility> letters = EnumSet.noneOf(Responsibility.class);
        letters.addAll(cell(activity, role));
        if (!letters.remove(letter)) {
            letters.add(letter);
        }
        setCell(activity, role, letters);
    }

    /** Steps one cell through empty → R → A → C → I → empty (the mouse's click). */
    public void cycle(int activity, int role) {
        Set<Responsibility> letters = cell(activity, role);
        Responsibility[] order = Responsibility.values();
        if (letters.isEmpty()) {
            setCell(activity, role, EnumSet.of(order[0]));
            return;
        }
        int last = letters.stream().mapToInt(Enum::ordinal).max().orElseThrow();
        setCell(activity, role, last + 1 < order.length ? EnumSet.of(order[last + 1]) : Set.of());
    }

    public void clear(int activity, int role) {
        setCell(activity, role, Set.of());
    }

    public Set<Responsibility> cell(int activity, int role) {
        Raci current = raci.get();
        return current.cell(
                current.activities().get(activity).id(),
                current.roles().get(role).id());
    }

    /** Replaces the grid by a template, keeping the people whose roles the template has. */
    public void applyTemplate(OrganizationSize size) {
        Raci template = size.template();
        List<Person> kept = raci.get().people().stream()
                .map(person -> new Person(
                        person.id(),
                        person.name(),
                        person.roles().stream()
                                .filter(role -> template.role(role).isPresent())
                                .toList()))
                .toList();
        edited(template.withPeople(kept));
    }

    /** Assigns someone to a role of the RACI, adding them when they are new. */
    public void assign(String name, int role) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String roleId = raci.get().roles().get(role).id();
        List<Person> people = new ArrayList<>();
        boolean found = false;
        for (Person person : raci.get().people()) {
            if (person.name().equalsIgnoreCase(trimmed)) {
                found = true;
                List<String> roles = new ArrayList<>(person.roles());
                if (!roles.contains(roleId)) {
                    roles.add(roleId);
                }
                people.add(new Person(person.id(), person.name(), roles));
            } else {
                people.add(person);
            }
        }
        if (!found) {
            people.add(new Person(personId(trimmed, people), trimmed, List.of(roleId)));
        }
        edited(raci.get().withPeople(people));
    }

    /** "Ana, Ben" for a role, "" when nobody holds it. */
    public String peopleIn(int role) {
        return String.join(
                ", ",
                raci.get().peopleIn(raci.get().roles().get(role).id()).stream()
                        .map(Person::name)
                        .toList());
    }

    private static String personId(String name, List<Person> people) {
        String base =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        String id = base.isEmpty() ? "person" : base;
        int suffix = 2;
        String candidate = id;
        while (isTaken(candidate, people)) {
            candidate = id + "-" + suffix++;
        }
        return candidate;
    }

    private static boolean isTaken(String id, List<Person> people) {
        return people.stream().anyMatch(person -> person.id().equals(id));
    }

    private void setCell(int activity, int role, Set<Responsibility> letters) {
        Raci current = raci.get();
        edited(current.withCell(
                current.activities().get(activity).id(),
                current.roles().get(role).id(),
                letters));
    }

    private void edited(Raci changed) {
        setRaci(changed);
        dirty.set(true);
    }

    private void setRaci(Raci value) {
        raci.set(value);
        findings.setAll(CHECK.check(value).findings());
    }

    // Tools

    /** Catalog tools whose name or id contains {@code text}, not yet in the inventory. */
    public List<Tool> searchCatalog(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return tools.tools().stream()
                .filter(tool -> inventory.stream()
                        .noneMatch(used ->
                                used.catalogTool().filter(tool.id()::equals).isPresent()))
                .filter(tool -> tool.name().toLowerCase(Locale.ROOT).contains(wanted)
                        || tool.id().contains(wanted))
                .toList();
    }

    public void addTool(Tool tool) {
        inventory.add(InventoryTool.of(tool));
        inventoryChanged();
        dirty.set(true);
    }

    /** The client's own tool, covering {@code components} fully. */
    public void addCustomTool(String name, Set<Component> components) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        String id = "custom-" + trimmed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        java.util.Map<Component, Support> supports = new java.util.EnumMap<>(Component.class);
        components.forEach(component -> supports.put(component, Support.FULL));
        inventory.add(InventoryTool.custom(id, trimmed, supports, List.of()));
        inventoryChanged();
        dirty.set(true);
    }

    public void removeTool(InventoryTool tool) {
        inventory.remove(tool);
        inventoryChanged();
        dirty.set(true);
    }

    public ToolConstraints constraints() {
        return new ToolConstraints(openSourceOnly.get(), onPremisesOnly.get(), kubernetesAvailable.get());
    }

    private ToolInventory currentInventory() {
        String name =
                Optional.ofNullable(organization.get()).map(Organization::name).orElse("");
        return new ToolInventory(name, List.copyOf(inventory), constraints());
    }

    private void inventoryChanged() {
        ToolInventory current = currentInventory();
        ToolCoverage matrix = ToolCoverage.of(current);
        coverage.setAll(matrix.components());
        suggestions.setAll(ToolSuggestions.forGaps(matrix, current, tools, current.constraints()));
        dirty.set(true);
    }

    // Challenges

    public List<Challenge> challengeCatalog() {
        return challengeCatalog.challenges();
    }

    /** Registers a catalog challenge, or re-rates it when it is registered already. */
    public void rate(Challenge challenge, int likelihood, int impact) {
        RegisteredChallenge rated = RegisteredChallenge.of(challenge, likelihood, impact);
        for (int i = 0; i < challenges.size(); i++) {
            RegisteredChallenge entry = challenges.get(i);
            if (entry.challenge().equals(challenge.id())) {
                challenges.set(
                        i,
                        new RegisteredChallenge(
                                entry.challenge(),
                                entry.name(),
                                likelihood,
                                impact,
                                entry.dimensions(),
                                entry.roadmapQuestions(),
                                entry.notes()));
                dirty.set(true);
                return;
            }
        }
        challenges.add(rated);
        dirty.set(true);
    }

    /** Sets the roadmap question ids of an entry from a comma or space separated list. */
    public void linkQuestions(RegisteredChallenge entry, String questionIds) {
        int index = challenges.indexOf(entry);
        if (index >= 0) {
            List<String> ids = java.util.Arrays.stream(questionIds.split("[,\\s]+"))
                    .filter(id -> !id.isBlank())
                    .toList();
            challenges.set(index, entry.withRoadmapQuestions(ids));
            dirty.set(true);
        }
    }

    public void removeChallenge(RegisteredChallenge entry) {
        challenges.remove(entry);
        dirty.set(true);
    }

    // Plan items

    /**
     * Adds the challenge to the improvement plan of the organization's latest assessment (once: a
     * second time finds the item there); refused with a message when the organization has none.
     */
    public CompletableFuture<Void> planChallenge(RegisteredChallenge challenge) {
        return plan(latest -> plans.addFromChallenge(latest.assessment().id(), challenge));
    }

    /** Adds the component's gap (missing or partial) to the plan, with the catalog's candidates in the notes. */
    public CompletableFuture<Void> planComponent(Component component) {
        Optional<ToolSuggestion> gap = suggestions.stream()
                .filter(suggestion -> suggestion.component() == component)
                .findFirst();
        if (gap.isEmpty()) {
            status.set(component.label() + " is covered: there is no gap to plan.");
            return CompletableFuture.completedFuture(null);
        }
        return plan(latest -> plans.addFromComponentGap(latest.assessment().id(), gap.get()));
    }

    private CompletableFuture<Void> plan(java.util.function.Function<AssessmentEntry, Plans.Added> add) {
        Organization chosen = organization.get();
        if (chosen == null) {
            return CompletableFuture.completedFuture(null);
        }
        record Outcome(Optional<AssessmentEntry> latest, Optional<Plans.Added> added) {}
        return run(
                () -> {
                    Optional<AssessmentEntry> latest = assessments.latestInOrganization(chosen.id());
                    return new Outcome(latest, latest.map(add));
                },
                outcome -> {
                    showPlanTarget(chosen, outcome.latest());
                    if (outcome.added().isEmpty()) {
                        status.set(noAssessment(chosen));
                        return;
                    }
                    Plans.Added added = outcome.added().get();
                    String title = "\u201c" + added.item().item().title() + "\u201d";
                    String plan = "the plan of " + describe(outcome.latest().get());
                    status.set(
                            added.isNew()
                                    ? "Added " + title + " to " + plan + "."
                                    : title + " is already in " + plan + "; nothing was added.");
                });
    }

    private void showPlanTarget(Organization chosen, Optional<AssessmentEntry> latest) {
        canPlan.set(latest.isPresent());
        planTarget.set(latest.map(entry -> "Plan items go to " + describe(entry) + ", the latest assessment.")
                .orElseGet(() -> noAssessment(chosen)));
    }

    /** "Baseline (Data platform, 2026-11-23)". */
    private static String describe(AssessmentEntry entry) {
        return "\u201c" + entry.assessment().title() + "\u201d (" + entry.team().name() + ", "
                + entry.assessment().date() + ")";
    }

    private static String noAssessment(Organization chosen) {
        return chosen.name() + " has no assessment yet: create one in Assessments to add plan items from here.";
    }

    // Saving

    /** Writes the RACI, the inventory and the register; a conflict leaves the user's edits in place. */
    public CompletableFuture<Void> save() {
        Organization chosen = organization.get();
        if (chosen == null) {
            return CompletableFuture.completedFuture(null);
        }
        Raci raciToSave = raci.get();
        ToolInventory inventoryToSave = currentInventory();
        ChallengeRegister register = new ChallengeRegister(List.copyOf(challenges));
        long[] seen = {raciVersion, inventoryVersion, challengesVersion};
        return run(
                () -> new long[] {
                    store.saveRaci(chosen.id(), raciToSave, seen[0]),
                    store.saveInventory(chosen.id(), inventoryToSave, seen[1]),
                    store.saveChallenges(chosen.id(), register, seen[2])
                },
                versions -> {
                    raciVersion = versions[0];
                    inventoryVersion = versions[1];
                    challengesVersion = versions[2];
                    dirty.set(false);
                    status.set(
                            "Saved the RACI, the tool inventory and the challenge register of " + chosen.name() + ".");
                });
    }

    private <T> CompletableFuture<Void> run(Supplier<T> work, java.util.function.Consumer<T> show) {
        return CompletableFuture.supplyAsync(work, background)
                .handleAsync(
                        (result, failure) -> {
                            if (failure != null) {
                                status.set(Failures.message(failure));
                            } else {
                                show.accept(result);
                            }
                            return null;
                        },
                        ui);
    }

    public ObservableList<Organization> organizations() {
        return organizations;
    }

    public ReadOnlyObjectProperty<Organization> organizationProperty() {
        return organization;
    }

    public ReadOnlyObjectProperty<Raci> raciProperty() {
        return raci.getReadOnlyProperty();
    }

    /** The check's findings of the current grid, errors and warnings, live. */
    public ObservableList<RaciFinding> findings() {
        return findings;
    }

    public ObservableList<InventoryTool> inventory() {
        return inventory;
    }

    public BooleanProperty openSourceOnlyProperty() {
        return openSourceOnly;
    }

    public BooleanProperty onPremisesOnlyProperty() {
        return onPremisesOnly;
    }

    public BooleanProperty kubernetesAvailableProperty() {
        return kubernetesAvailable;
    }

    public ObservableList<ComponentCoverage> coverage() {
        return coverage;
    }

    public ObservableList<ToolSuggestion> suggestions() {
        return suggestions;
    }

    public ObservableList<RegisteredChallenge> challenges() {
        return challenges;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Which assessment's plan the plan actions add to, or why there is none. */
    public ReadOnlyStringProperty planTargetProperty() {
        return planTarget.getReadOnlyProperty();
    }

    /** True when the organization has an assessment whose plan can take items. */
    public ReadOnlyBooleanProperty canPlanProperty() {
        return canPlan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }
}
