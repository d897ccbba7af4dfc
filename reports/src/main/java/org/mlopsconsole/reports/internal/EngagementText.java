package org.mlopsconsole.reports.internal;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.challenges.DimensionRef;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.assessment.roles.Activity;
import org.mlopsconsole.assessment.roles.Person;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.roles.RaciFinding;
import org.mlopsconsole.assessment.roles.RaciReport;
import org.mlopsconsole.assessment.roles.Responsibility;
import org.mlopsconsole.assessment.roles.Role;
import org.mlopsconsole.assessment.tools.ComponentCoverage;
import org.mlopsconsole.assessment.tools.CoverageFormat;
import org.mlopsconsole.assessment.tools.CoverageStatus;
import org.mlopsconsole.assessment.tools.InventoryTool;
import org.mlopsconsole.assessment.tools.Tool;
import org.mlopsconsole.assessment.tools.ToolSuggestion;
import org.mlopsconsole.reports.EngagementContext;

/**
 * The words and tables every format prints for what the engagement mapped beside the assessment:
 * the RACI with its check, the tool coverage with its suggestions, the challenge register.
 */
public final class EngagementText {

    public static final String SECTION = "Roles, tools and challenges";
    public static final String NOTHING_MAPPED = "No RACI, tool inventory or challenge register was mapped for this"
            + " engagement (the Roles & Tools section of the app).";
    public static final String NO_RACI = "No RACI was mapped for this engagement.";
    public static final String NO_TOOLS = "No tool inventory was mapped for this engagement.";
    public static final String NO_CHALLENGES = "No challenge was registered for this engagement.";
    public static final String RACI_LEGEND =
            "R responsible (does the work), A accountable (answers for it), C consulted, I informed.";

    /** The heatmap's fills: green covered, amber partial, red missing. */
    public static final Color COVERED = new Color(0xC6, 0xEF, 0xCE);

    public static final Color PARTIAL = new Color(0xFF, 0xEB, 0x9C);
    public static final Color MISSING = new Color(0xFF, 0xC7, 0xCE);

    /** RACI cells: accountable strongest, responsible next, consulted or informed pale. */
    public static final Color ACCOUNTABLE = new Color(0x9D, 0xC3, 0xE6);

    public static final Color RESPONSIBLE = new Color(0xDE, 0xEA, 0xF6);
    public static final Color ADVISORY = new Color(0xF2, 0xF2, 0xF2);

    private EngagementText() {}

    public static Color fill(CoverageStatus status) {
        return switch (status) {
            case COVERED -> COVERED;
            case PARTIAL -> PARTIAL;
            case MISSING -> MISSING;
        };
    }

    /** The fill of a RACI cell, or null for an empty one. */
    public static Color fill(Set<Responsibility> cell) {
        if (cell.contains(Responsibility.ACCOUNTABLE)) {
            return ACCOUNTABLE;
        }
        if (cell.contains(Responsibility.RESPONSIBLE)) {
            return RESPONSIBLE;
        }
        return cell.isEmpty() ? null : ADVISORY;
    }

    // ---- RACI

    /** "RACI "Large organization": 7 roles over 15 activities, 2 people; 1 error, 3 warnings." */
    public static String raciOverview(EngagementContext.CheckedRaci raci) {
        return "RACI \"" + raci.grid().name() + "\": " + raciCounts(raci);
    }

    /** "7 roles over 15 activities, 2 people; 1 error, 3 warnings." */
    public static String raciCounts(EngagementContext.CheckedRaci raci) {
        Raci grid = raci.grid();
        return String.format(
                Locale.ROOT,
                "%s over %s%s; %s.",
                count(grid.roles().size(), "role"),
                count(grid.activities().size(), "activity", "activities"),
                grid.people().isEmpty()
                        ? ", no people assigned"
                        : ", " + count(grid.people().size(), "person", "people"),
                checkOverview(raci.check()));
    }

    /** "the check passes with no finding", "1 error, 2 warnings". */
    public static String checkOverview(RaciReport check) {
        if (check.findings().isEmpty()) {
            return "the check passes with no finding";
        }
        return count(check.errors().size(), "error") + ", "
                + count(check.warnings().size(), "warning");
    }

    /** Activities down, roles across, each cell its letters in R, A, C, I order. */
    public static List<String[]> raciGrid(Raci raci) {
        List<String[]> rows = new ArrayList<>();
        List<Role> roles = raci.roles();
        String[] header = new String[roles.size() + 1];
        header[0] = "Activity";
        for (int i = 0; i < roles.size(); i++) {
            header[i + 1] = roles.get(i).name();
        }
        rows.add(header);
        for (Activity activity : raci.activities()) {
            String[] row = new String[roles.size() + 1];
            row[0] = activity.name();
            for (int i = 0; i < roles.size(); i++) {
                row[i + 1] =
                        RaciFiles.letters(raci.cell(activity.id(), roles.get(i).id()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The fills of {@link #raciGrid}'s body, the activity column unfilled. */
    public static List<Color[]> raciFills(Raci raci) {
        List<Color[]> fills = new ArrayList<>();
        for (Activity activity : raci.activities()) {
            Color[] row = new Color[raci.roles().size() + 1];
            for (int i = 0; i < raci.roles().size(); i++) {
                row[i + 1] = fill(raci.cell(activity.id(), raci.roles().get(i).id()));
            }
            fills.add(row);
        }
        return fills;
    }

    /** Person and the roles they hold; only the header when the RACI lists nobody. */
    public static List<String[]> people(Raci raci) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Person", "Roles"});
        for (Person person : raci.people()) {
            rows.add(new String[] {
                person.name(),
                person.roles().stream()
                        .map(id -> raci.role(id).map(Role::name).orElse(id))
                        .collect(Collectors.joining(", "))
            });
        }
        return rows;
    }

    /** Errors first, then warnings, each with its rule and sentence; only the header when it passes. */
    public static List<String[]> findings(RaciReport check) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Severity", "Rule", "Finding"});
        List<RaciFinding> ordered = new ArrayList<>(check.errors());
        ordered.addAll(check.warnings());
        for (RaciFinding finding : ordered) {
            rows.add(new String[] {finding.severity().code(), finding.code(), finding.message()});
        }
        return rows;
    }

    /** "Error: activity … has no Accountable role …" per finding, errors first. */
    public static List<String> findingLines(RaciReport check) {
        return findings(check).stream()
                .skip(1)
                .map(row -> capitalized(row[0]) + ": " + row[2])
                .toList();
    }

    // ---- tools

    /** "Inventory "Acme": 6 tools. C1–C9: 5 covered, 2 partial, 2 missing (C4 Feature store, C6 Model registry)." */
    public static String coverageOverview(EngagementContext.Tools tools) {
        List<ComponentCoverage> rows = tools.coverage().components();
        String missing = tools.coverage().with(CoverageStatus.MISSING).stream()
                .map(component -> component.label())
                .collect(Collectors.joining(", "));
        return String.format(
                Locale.ROOT,
                "Inventory \"%s\": %s. Components C1–C9: %d covered, %d partial, %d missing%s.",
                tools.inventory().name(),
                count(tools.inventory().tools().size(), "tool"),
                tools.coverage().with(CoverageStatus.COVERED).size(),
                tools.coverage().with(CoverageStatus.PARTIAL).size(),
                tools.coverage().with(CoverageStatus.MISSING).size(),
                missing.isEmpty() || rows.isEmpty() ? "" : " (" + missing + ")");
    }

    /** Component, status, the tools that support it fully and those that support it partly. */
    public static List<String[]> coverage(EngagementContext.Tools tools, String dash) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Component", "Status", "Full support", "Partial support"});
        for (ComponentCoverage row : tools.coverage().components()) {
            rows.add(new String[] {
                row.component().label(), row.status().code(), names(row.fullBy(), dash), names(row.partialBy(), dash)
            });
        }
        return rows;
    }

    /** The fills of {@link #coverage}'s body: component and status in the heatmap's colour. */
    public static List<Color[]> coverageFills(EngagementContext.Tools tools) {
        return tools.coverage().components().stream()
                .map(row -> {
                    Color fill = fill(row.status());
                    return new Color[] {fill, fill, null, null};
                })
                .toList();
    }

    /** "Suggestions respect: open source only, no Kubernetes." */
    public static String constraintsLine(EngagementContext.Tools tools) {
        return "Suggestions from the tool catalog for the gaps ("
                + CoverageFormat.describe(tools.inventory().constraints()) + ").";
    }

    /** Per gap: the component, missing or partial, the catalog tools that would close it. */
    public static List<String[]> suggestions(EngagementContext.Tools tools) {
        return suggestions(tools, Integer.MAX_VALUE);
    }

    /** The same with at most {@code limit} tools a gap ("and n more"). */
    public static List<String[]> suggestions(EngagementContext.Tools tools, int limit) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Component", "Gap", "Suggested tools"});
        for (ToolSuggestion suggestion : tools.suggestions()) {
            rows.add(new String[] {
                suggestion.component().label(),
                suggestion.status().code(),
                suggestedTools(suggestion, Integer.MAX_VALUE)
            });
        }
        return rows;
    }

    /** The first {@code limit} suggested tools' names, "and n more", or why there are none. */
    public static String suggestedTools(ToolSuggestion suggestion, int limit) {
        if (suggestion.tools().isEmpty()) {
            return "no catalog tool fits the constraints";
        }
        String shown = suggestion.tools().stream().limit(limit).map(Tool::name).collect(Collectors.joining(", "));
        int more = suggestion.tools().size() - limit;
        return more > 0 ? shown + " and " + more + " more" : shown;
    }

    // ---- challenges

    /** "5 challenges: 1 critical, 2 high, 2 medium." */
    public static String challengesOverview(ChallengeRegister register) {
        List<String> bands = new ArrayList<>();
        for (RegisteredChallenge.Band band : List.of(
                RegisteredChallenge.Band.CRITICAL,
                RegisteredChallenge.Band.HIGH,
                RegisteredChallenge.Band.MEDIUM,
                RegisteredChallenge.Band.LOW)) {
            long n = register.entries().stream().filter(e -> e.band() == band).count();
            if (n > 0) {
                bands.add(n + " " + band.code());
            }
        }
        return count(register.entries().size(), "challenge") + " registered: " + String.join(", ", bands)
                + " (score = likelihood × impact, 1–25).";
    }

    /** Highest score first: challenge, score with its band and factors, dimensions, roadmap items. */
    public static List<String[]> challenges(ChallengeRegister register, MaturityModel model, String dash) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Challenge", "Score (likelihood × impact)", "Dimensions threatened", "Roadmap items"});
        for (RegisteredChallenge entry : register.byScore()) {
            rows.add(new String[] {
                entry.name(),
                scoreText(entry),
                orDash(dimensions(entry, model), dash),
                orDash(roadmapItems(entry, model), dash)
            });
        }
        return rows;
    }

    /** "20 critical (4 × 5)". */
    public static String scoreText(RegisteredChallenge entry) {
        return entry.score() + " " + entry.band().code() + " (" + entry.likelihood() + " × " + entry.impact() + ")";
    }

    /** The dimensions by name when they are this model's, else as {@code model/dimension}. */
    public static String dimensions(RegisteredChallenge entry, MaturityModel model) {
        return entry.dimensions().stream().map(ref -> dimensionName(ref, model)).collect(Collectors.joining(", "));
    }

    /** "Models are versioned (a3)" per linked question of this model, the bare id for others. */
    public static String roadmapItems(RegisteredChallenge entry, MaturityModel model) {
        return entry.roadmapQuestions().stream()
                .map(id ->
                        model.question(id).map(q -> q.text() + " (" + id + ")").orElse(id))
                .collect(Collectors.joining("; "));
    }

    private static String dimensionName(DimensionRef ref, MaturityModel model) {
        if (ref.model().equals(model.id())) {
            return model.dimension(ref.dimension()).map(d -> d.name()).orElse(ref.toString());
        }
        return ref.resolve(ModelCatalog.bundled())
                .map(d -> d.name() + " (" + ref.model() + ")")
                .orElse(ref.toString());
    }

    private static String names(List<InventoryTool> tools, String dash) {
        return tools.isEmpty() ? dash : tools.stream().map(InventoryTool::name).collect(Collectors.joining(", "));
    }

    private static String orDash(String text, String dash) {
        return text.isEmpty() ? dash : text;
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
