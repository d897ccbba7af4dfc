package org.mlopsconsole.assessment.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.roles.Role;
import org.mlopsconsole.assessment.roles.RoleCatalog;

/**
 * An assessment seen role by role (docs/scoring.md, "Roles"): each role's scores come from only
 * the ratings of its participants, aggregated by rule a (the consensus is the room's, so it is left
 * out), and two roles disagree on a question when their aggregated ratings are as far apart as
 * rule b's {@link QuestionTally#DISAGREEMENT_STEPS}. Participants are grouped by the catalog role
 * their saved role stands for ({@link RoleCatalog#recognize}); a role typed in freely groups by its
 * text, whatever its case; participants without a role are in no group.
 */
public final class RoleBreakdown {

    /**
     * @param key the catalog role's id, or the free text in lower case
     * @param name the catalog role's name, or the text as first typed
     * @param respondents the respondent ids of the role's participants, in participant order
     */
    public record RoleGroup(String key, String name, List<String> respondents) {
        public RoleGroup {
            respondents = List.copyOf(respondents);
        }
    }

    /**
     * Roles whose aggregated ratings of one question disagree: those at the lowest rating and those
     * at the highest, each in participant order.
     */
    public record RoleSplit(String questionId, Rating low, List<String> lowRoles, Rating high, List<String> highRoles) {
        public RoleSplit {
            lowRoles = List.copyOf(lowRoles);
            highRoles = List.copyOf(highRoles);
        }

        /** "Operations engineer PI vs Data scientist FI", ratings as the model shows them. */
        public String text(RatingScale scale) {
            return String.join(", ", lowRoles) + " " + scale.shown(low) + " vs " + String.join(", ", highRoles) + " "
                    + scale.shown(high);
        }
    }

    private final MaturityModel model;
    private final Responses responses;
    private final List<RoleGroup> roles;
    private final Map<String, AssessmentAnalysis> analyses = new LinkedHashMap<>();

    private RoleBreakdown(MaturityModel model, Responses responses, List<RoleGroup> roles) {
        this.model = model;
        this.responses = responses;
        this.roles = List.copyOf(roles);
        this.roles.forEach(role -> analyses.put(role.key(), AssessmentAnalysis.of(model, responsesOf(role))));
    }

    /** @throws IllegalArgumentException when the responses do not fit the model (as {@link AssessmentAnalysis#of}) */
    public static RoleBreakdown of(MaturityModel model, Responses responses, RoleCatalog catalog) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Respondent respondent : responses.respondents()) {
            String saved = respondent.role() == null ? "" : respondent.role().strip();
            if (saved.isEmpty()) {
                continue;
            }
            Optional<Role> role = catalog.recognize(saved);
            String key = keyOf(role, saved);
            names.putIfAbsent(key, role.map(Role::name).orElse(saved));
            members.computeIfAbsent(key, k -> new ArrayList<>()).add(respondent.id());
        }
        List<RoleGroup> groups = new ArrayList<>();
        members.forEach((key, ids) -> groups.add(new RoleGroup(key, names.get(key), ids)));
        return new RoleBreakdown(model, responses, groups);
    }

    /** The roles of the participants, in the order their first participant was added. */
    public List<RoleGroup> roles() {
        return roles;
    }

    public Optional<RoleGroup> role(String key) {
        return roles.stream().filter(role -> role.key().equals(key)).findFirst();
    }

    /**
     * The role someone typed (a command's {@code --role}): a catalog role's id or name in any case,
     * or the participants' own text in any case, grouped as {@link #of} groups them.
     */
    public Optional<RoleGroup> find(String typed, RoleCatalog catalog) {
        String text = typed.strip();
        return role(keyOf(catalog.recognize(text), text));
    }

    /** A catalog role's id, or the text itself in lower case: a role of the participants' own words. */
    private static String keyOf(Optional<Role> recognized, String text) {
        return recognized.map(Role::id).orElse(text.toLowerCase(Locale.ROOT));
    }

    /** The scores and reasons from only this role's ratings; empty for a key no participant has. */
    public Optional<AssessmentAnalysis> analysis(String key) {
        return Optional.ofNullable(analyses.get(key));
    }

    /** The responses of the role's participants: their ratings and notes, the targets, no consensus. */
    public Responses responsesOf(RoleGroup role) {
        List<Respondent> members = responses.respondents().stream()
                .filter(respondent -> role.respondents().contains(respondent.id()))
                .toList();
        return new Responses(responses.model(), members, Map.of(), responses.targets());
    }

    /** Which roles disagree on the question; empty with fewer than two roles rating it, or when they agree. */
    public Optional<RoleSplit> split(String questionId) {
        Map<String, Rating> byRole = new LinkedHashMap<>();
        for (RoleGroup role : roles) {
            analyses.get(role.key())
                    .questionIfPresent(questionId)
                    .flatMap(QuestionFinding::rating)
                    .filter(Rating::isApplicable)
                    .ifPresent(rating -> byRole.put(role.name(), rating));
        }
        if (byRole.size() < 2) {
            return Optional.empty();
        }
        Rating low = byRole.values().stream().min(Rating::compareTo).orElseThrow();
        Rating high = byRole.values().stream().max(Rating::compareTo).orElseThrow();
        if (!QuestionTally.disagree(low.step(), high.step())) {
            return Optional.empty();
        }
        return Optional.of(new RoleSplit(questionId, low, named(byRole, low), high, named(byRole, high)));
    }

    /** Every question on which roles disagree, in the model's order. */
    public List<RoleSplit> splits() {
        return model.questions()
                .map(question -> split(question.id()))
                .flatMap(Optional::stream)
                .toList();
    }

    private static List<String> named(Map<String, Rating> byRole, Rating rating) {
        return byRole.entrySet().stream()
                .filter(entry -> entry.getValue() == rating)
                .map(Map.Entry::getKey)
                .collect(Collectors.toList());
    }
}
