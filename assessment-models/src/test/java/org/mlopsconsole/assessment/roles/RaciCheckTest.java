package org.mlopsconsole.assessment.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class RaciCheckTest {

    private static final RaciCheck CHECK = RaciCheck.withDefaultLimits();

    /** Each finding as {@code code:subject}, subject being the activity, role+letter or person. */
    private static List<String> findings(Raci raci) {
        return CHECK.check(raci).findings().stream()
                .map(RaciCheckTest::describe)
                .toList();
    }

    private static String describe(RaciFinding finding) {
        if (finding instanceof RaciFinding.MissingAccountable f) {
            return f.code() + ":" + f.activity().id();
        } else if (finding instanceof RaciFinding.SeveralAccountable f) {
            return f.code() + ":" + f.activity().id();
        } else if (finding instanceof RaciFinding.MissingResponsible f) {
            return f.code() + ":" + f.activity().id();
        } else if (finding instanceof RaciFinding.RoleOverloaded f) {
            return f.code() + ":" + f.role().id() + "/" + f.letter().letter();
        } else if (finding instanceof RaciFinding.ActivityUnstaffed f) {
            return f.code() + ":" + f.activity().id();
        } else if (finding instanceof RaciFinding.DutiesNotSeparated f) {
            return f.code() + ":" + f.person().id();
        }
        throw new AssertionError(finding);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                        | grid                                                                   | people                               | findings
            clean                         | model-training: data-scientist=RA developer=C                          | ''                                   | ''
            no Accountable                | model-training: data-scientist=R manager=C                              | ''                                   | missing-accountable:model-training
            two Accountables              | model-training: data-scientist=RA manager=A                             | ''                                   | several-accountable:model-training
            no Responsible                | model-training: manager=A data-scientist=C                              | ''                                   | missing-responsible:model-training
            empty row                     | model-training:                                                        | ''                                   | missing-accountable:model-training missing-responsible:model-training
            only C and I                  | serving: manager=I developer=C                                          | ''                                   | missing-accountable:serving missing-responsible:serving
            staffed                       | serving: developer=RA                                                   | ann=developer                        | ''
            A staffed, R not              | serving: developer=R manager=A                                          | ann=manager                          | ''
            nobody holds R or A roles     | serving: developer=RA manager=I                                         | ann=manager                          | activity-unstaffed:serving
            no people, no staffing check  | serving: developer=RA                                                   | ''                                   | ''
            approves and deploys          | model-evaluation: manager=A data-scientist=R; deployment: developer=RA  | ann=manager+developer                | duties-not-separated:ann
            one role RA on deployment     | deployment: ml-engineer=RA                                              | ann=ml-engineer                      | duties-not-separated:ann
            duties split between people   | model-evaluation: manager=A data-scientist=R; deployment: developer=RA  | ann=manager bob=developer+data-scientist | duties-not-separated:bob
            A on evaluation only          | model-evaluation: manager=A data-scientist=R; deployment: developer=RA  | ann=manager+data-scientist bob=developer | duties-not-separated:bob
            deploys without approving     | model-evaluation: manager=A data-scientist=R; deployment: manager=A developer=R | ann=manager bob=developer+data-scientist | ''
            A on a non-gate activity      | serving: ann-role=RA                                                    | ''                                   | ''
            """)
    void theRaciRulesReportEachGap(String name, String grid, String people, String expected) {
        Raci raci = Racis.of(grid.replace("ann-role", "manager"), people);
        assertThat(findings(raci))
                .as(name)
                .containsExactly(
                        expected.isBlank() ? new String[0] : expected.trim().split("\\s+"));
    }

    @ParameterizedTest(name = "{0} on {1} of {2} activities: overloaded {3}")
    @CsvSource({
        "R, 3, 3, false", // the minimum of 3 keeps small RACIs quiet
        "R, 4, 4, true",
        "R, 6, 10, false", // 60 % of 10
        "R, 7, 10, true",
        "A, 3, 5, false",
        "A, 4, 10, false", // 40 % of 10
        "A, 5, 10, true"
    })
    void aRoleIsOverloadedPastItsShareOfTheActivities(char letter, int count, int activities, boolean overloaded) {
        List<String> ids = ActivityCatalog.bundled().activities().stream()
                .map(Activity::id)
                .limit(activities)
                .toList();
        StringBuilder grid = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            boolean loaded = i < count;
            String cells = letter == 'R'
                    ? (loaded ? "ml-engineer=R manager=A" : "data-scientist=R manager=A")
                    : (loaded ? "ml-engineer=A data-scientist=R" : "manager=A data-scientist=R");
            grid.append(i == 0 ? "" : ";").append(ids.get(i)).append(": ").append(cells);
        }
        List<String> findings = findings(Racis.of(grid.toString(), ""));
        String expected = "role-overloaded:ml-engineer/" + letter;
        if (overloaded) {
            assertThat(findings).contains(expected);
        } else {
            assertThat(findings).doesNotContain(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({"RESPONSIBLE, 15, 9", "ACCOUNTABLE, 15, 6", "ACCOUNTABLE, 2, 3", "RESPONSIBLE, 1, 3"})
    void theDefaultLimitsAreSixtyAndFortyPercentAndAtLeastThree(Responsibility letter, int activities, int limit) {
        assertThat(RaciCheck.Limits.DEFAULT.limit(letter, activities)).isEqualTo(limit);
    }

    @ParameterizedTest
    @EnumSource(OrganizationSize.class)
    void everyTemplateCoversAllActivitiesAndPassesWithoutAFinding(OrganizationSize size) {
        Raci template = size.template();
        assertThat(template.activities())
                .containsExactlyElementsOf(ActivityCatalog.bundled().activities());
        assertThat(CHECK.check(template).findings()).isEmpty();
        assertThat(template.people()).isEmpty();
    }

    @Test
    void templatesGrowWithTheOrganization() {
        assertThat(OrganizationSize.SMALL.template().roles())
                .extracting(Role::roleSet)
                .containsOnly("common-profiles");
        assertThat(OrganizationSize.MEDIUM.template().roles()).hasSize(5);
        assertThat(OrganizationSize.LARGE.template().roles())
                .hasSize(7)
                .extracting(Role::roleSet)
                .containsOnly("kreuzberger-2023");
    }

    @Test
    void messagesNameTheActivityRoleOrPerson() {
        Raci raci = Racis.of(
                "model-evaluation: data-scientist=R; deployment: ml-engineer=RA data-scientist=A",
                "ann=ml-engineer+data-scientist");
        assertThat(CHECK.check(raci).findings())
                .extracting(RaciFinding::message)
                .containsExactly(
                        "activity \"Model evaluation\" (model-evaluation) has no Accountable role; exactly one role must be A",
                        "activity \"Deployment\" (deployment) has 2 Accountable roles (Data scientist, ML engineer); exactly"
                                + " one role must be A",
                        "person \"ann\" both approves models (A on Deployment) and deploys them (R on Deployment);"
                                + " separate the two duties");
    }
}
