package org.mlopsconsole.assessment.roles;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.internal.Codes;

/** One result of the {@link RaciCheck}: an error breaks the RACI rule, a warning is advice. */
public sealed interface RaciFinding {

    enum Severity {
        ERROR,
        WARNING;

        /** {@code error} or {@code warning}. */
        public String code() {
            return Codes.of(this);
        }
    }

    Severity severity();

    /** A stable name for the rule, such as {@code missing-accountable}. */
    String code();

    /** One sentence naming the activity, role or person concerned. */
    String message();

    /** An activity with no Accountable role. */
    record MissingAccountable(Activity activity) implements RaciFinding {
        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public String code() {
            return "missing-accountable";
        }

        @Override
        public String message() {
            return "activity " + quoted(activity) + " has no Accountable role; exactly one role must be A";
        }
    }

    /** An activity with more than one Accountable role. */
    record SeveralAccountable(Activity activity, List<Role> roles) implements RaciFinding {
        public SeveralAccountable {
            roles = List.copyOf(roles);
        }

        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public String code() {
            return "several-accountable";
        }

        @Override
        public String message() {
            return "activity " + quoted(activity) + " has " + roles.size() + " Accountable roles (" + names(roles)
                    + "); exactly one role must be A";
        }
    }

    /** An activity with no Responsible role. */
    record MissingResponsible(Activity activity) implements RaciFinding {
        @Override
        public Severity severity() {
            return Severity.ERROR;
        }

        @Override
        public String code() {
            return "missing-responsible";
        }

        @Override
        public String message() {
            return "activity " + quoted(activity) + " has no Responsible role; at least one role must be R";
        }
    }

    /** A role holding one letter on more activities than {@link RaciCheck.Limits} allow. */
    record RoleOverloaded(Role role, Responsibility letter, int count, int limit) implements RaciFinding {
        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String code() {
            return "role-overloaded";
        }

        @Override
        public String message() {
            return String.format(
                    Locale.ROOT,
                    "role \"%s\" is %s on %d activities (more than %d); spread the load or split the role",
                    role.name(),
                    letter.letter(),
                    count,
                    limit);
        }
    }

    /**
     * An activity whose R and A roles nobody of the engagement holds: the grid assigns it, but no
     * person would do it.
     */
    record ActivityUnstaffed(Activity activity, List<Role> roles) implements RaciFinding {
        public ActivityUnstaffed {
            roles = List.copyOf(roles);
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String code() {
            return "activity-unstaffed";
        }

        @Override
        public String message() {
            return "nobody covers activity " + quoted(activity) + ": no person holds its R or A roles (" + names(roles)
                    + ")";
        }
    }

    /** One person approves models for release and also deploys them. */
    record DutiesNotSeparated(Person person, List<Activity> approves, List<Activity> deploys) implements RaciFinding {
        public DutiesNotSeparated {
            approves = List.copyOf(approves);
            deploys = List.copyOf(deploys);
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String code() {
            return "duties-not-separated";
        }

        @Override
        public String message() {
            return "person \"" + person.name() + "\" both approves models (A on " + activityNames(approves)
                    + ") and deploys them (R on " + activityNames(deploys) + "); separate the two duties";
        }
    }

    private static String quoted(Activity activity) {
        return "\"" + activity.name() + "\" (" + activity.id() + ")";
    }

    private static String names(List<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.joining(", "));
    }

    private static String activityNames(List<Activity> activities) {
        return activities.stream().map(Activity::name).collect(Collectors.joining(", "));
    }
}
