package org.mlopsconsole.assessment.roles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The RACI rules (docs/user-guide/roles-and-tools.md). Errors: every activity has exactly one
 * Accountable and at least one Responsible role. Warnings: a role R or A on more activities than
 * the {@link Limits}; an activity whose R and A roles no person holds (checked only when the RACI
 * lists people); a person who is A on a release gate and R on a deployment (separation of duties).
 */
public final class RaciCheck {

    /**
     * How many activities one role may hold as R or as A before it is overloaded: the share of
     * the RACI's activities, rounded down, but never fewer than {@code minimum}.
     */
    public record Limits(double responsibleShare, double accountableShare, int minimum) {

        /** R on at most 60 % of the activities, A on at most 40 %, and always at least 3. */
        public static final Limits DEFAULT = new Limits(0.6, 0.4, 3);

        public Limits {
            if (responsibleShare <= 0 || accountableShare <= 0 || minimum < 1) {
                throw new IllegalArgumentException("limits must be positive");
            }
        }

        /** The most activities one role may hold {@code letter} on, for a RACI of {@code activities}. */
        public int limit(Responsibility letter, int activities) {
            double share = letter == Responsibility.ACCOUNTABLE ? accountableShare : responsibleShare;
            // the epsilon keeps 0.6 × 15 at 9 whatever the binary rounding
            return Math.max(minimum, (int) Math.floor(share * activities + 1e-9));
        }
    }

    private final Limits limits;

    public RaciCheck(Limits limits) {
        this.limits = limits;
    }

    public static RaciCheck withDefaultLimits() {
        return new RaciCheck(Limits.DEFAULT);
    }

    public Limits limits() {
        return limits;
    }

    /** Every finding: per activity in RACI order, then per role, then per person. */
    public RaciReport check(Raci raci) {
        List<RaciFinding> findings = new ArrayList<>();
        raci.activities().forEach(activity -> checkActivity(raci, activity, findings));
        raci.roles().forEach(role -> checkLoad(raci, role, findings));
        raci.people().forEach(person -> checkDuties(raci, person, findings));
        return new RaciReport(findings);
    }

    private static void checkActivity(Raci raci, Activity activity, List<RaciFinding> findings) {
        List<Role> accountable = raci.rolesWith(activity.id(), Responsibility.ACCOUNTABLE);
        List<Role> responsible = raci.rolesWith(activity.id(), Responsibility.RESPONSIBLE);
        if (accountable.isEmpty()) {
            findings.add(new RaciFinding.MissingAccountable(activity));
        } else if (accountable.size() > 1) {
            findings.add(new RaciFinding.SeveralAccountable(activity, accountable));
        }
        if (responsible.isEmpty()) {
            findings.add(new RaciFinding.MissingResponsible(activity));
        }
        Set<Role> owners = new LinkedHashSet<>(responsible);
        owners.addAll(accountable);
        boolean staffed =
                owners.stream().anyMatch(role -> !raci.peopleIn(role.id()).isEmpty());
        if (!raci.people().isEmpty() && !owners.isEmpty() && !staffed) {
            findings.add(new RaciFinding.ActivityUnstaffed(activity, List.copyOf(owners)));
        }
    }

    private void checkLoad(Raci raci, Role role, List<RaciFinding> findings) {
        for (Responsibility letter : List.of(Responsibility.RESPONSIBLE, Responsibility.ACCOUNTABLE)) {
            int count = raci.activitiesWhere(role.id(), letter).size();
            int limit = limits.limit(letter, raci.activities().size());
            if (count > limit) {
                findings.add(new RaciFinding.RoleOverloaded(role, letter, count, limit));
            }
        }
    }

    private static void checkDuties(Raci raci, Person person, List<RaciFinding> findings) {
        Set<Activity> approves = new LinkedHashSet<>();
        Set<Activity> deploys = new LinkedHashSet<>();
        for (String role : person.roles()) {
            raci.activitiesWhere(role, Responsibility.ACCOUNTABLE).stream()
                    .filter(Activity::releaseGate)
                    .forEach(approves::add);
            raci.activitiesWhere(role, Responsibility.RESPONSIBLE).stream()
                    .filter(Activity::deploysModels)
                    .forEach(deploys::add);
        }
        if (!approves.isEmpty() && !deploys.isEmpty()) {
            findings.add(new RaciFinding.DutiesNotSeparated(person, List.copyOf(approves), List.copyOf(deploys)));
        }
    }
}
