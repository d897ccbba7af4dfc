package org.mlopsconsole.assessment.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mlopsconsole.assessment.TestModels.dimension;
import static org.mlopsconsole.assessment.TestModels.question;
import static org.mlopsconsole.assessment.TestModels.staged;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.MaturityModel;
import org.mlopsconsole.assessment.Rating;
import org.mlopsconsole.assessment.RatingScale;
import org.mlopsconsole.assessment.Respondent;
import org.mlopsconsole.assessment.Responses;
import org.mlopsconsole.assessment.analysis.RoleBreakdown.RoleGroup;
import org.mlopsconsole.assessment.roles.RoleCatalog;

/** Per-role scores and which roles disagree: one rule, the analysis'. */
class RoleBreakdownTest {

    private static final MaturityModel MODEL = staged(dimension("d", 1, question("a", 2), question("b", 3)));

    /** One respondent per role, in order, each rating question "a" ("-": not rated). */
    private static Responses rated(String roles, String ratings, Map<String, Rating> consensus) {
        String[] roleList = roles.split(",", -1);
        String[] ratingList = ratings.split(",", -1);
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < roleList.length; i++) {
            String code = ratingList[i].strip();
            Map<String, Rating> given = code.equals("-") ? Map.of() : Map.of("a", Rating.valueOf(code));
            respondents.add(new Respondent("p" + (i + 1), "Person " + (i + 1), roleList[i], given, Map.of()));
        }
        return new Responses("test", respondents, consensus, Map.of());
    }

    private static RoleBreakdown breakdown(Responses responses) {
        return RoleBreakdown.of(MODEL, responses, RoleCatalog.bundled());
    }

    @ParameterizedTest(name = "roles {0} rate {1}: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "data-scientist,devops-engineer; FI,PI; DevOps engineer PI vs Data scientist FI",
                // "Data scientist" typed in an older workspace is the catalog's; that role's median of FI, NI is NI
                "Data scientist,data-scientist,Ops; FI,NI,LI; Data scientist NI vs Ops LI",
                "data-scientist,ml-engineer; FI,LI;", // one step apart: they agree
                "data-scientist,,ml-engineer; FI,NI,FI;", // a participant without a role is in no role
                "data-scientist,ml-engineer,manager; NI,FI,NI; Data scientist, Manager NI vs ML engineer FI",
                "data-scientist,ml-engineer; NA,NI;", // NA is no rating to disagree with
                "data-scientist,ml-engineer; FI,-;", // one role has not rated
                "Ops,OPS,data-scientist; PI,PI,FI; Ops PI vs Data scientist FI", // free text groups by its text
                "data-scientist,data-scientist; FI,NI;" // people of one role are not roles that disagree
            })
    void rolesDisagreeWhenTheirAggregatedRatingsAreTwoStepsApart(String roles, String ratings, String expected) {
        Optional<String> split =
                breakdown(rated(roles, ratings, Map.of())).split("a").map(found -> found.text(RatingScale.standard()));

        assertThat(split).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "--role \"{0}\" finds {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "data-scientist; data-scientist", // the catalog's id
                "Data Scientist; data-scientist", // its name, any case
                "  data scientist ; data-scientist",
                "OPS; ops", // a role of the participants' own words, any case
                "tester;", // no participant has it
                "devops-engineer;" // a catalog role no participant has
            })
    void aTypedRoleIsFoundByIdOrNameInAnyCase(String typed, String key) {
        RoleBreakdown breakdown = breakdown(rated("data-scientist,Ops,ops", "FI,PI,LI", Map.of()));

        assertThat(breakdown.find(typed, RoleCatalog.bundled()).map(RoleGroup::key))
                .isEqualTo(Optional.ofNullable(key));
    }

    @Test
    void eachRoleIsScoredFromItsOwnRatingsWithoutTheConsensus() {
        Responses responses =
                rated("data-scientist,devops-engineer,data-scientist", "FI,NI,FI", Map.of("a", Rating.LI));

        RoleBreakdown breakdown = breakdown(responses);

        assertThat(breakdown.roles())
                .extracting(RoleGroup::key, RoleGroup::name, RoleGroup::respondents)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("data-scientist", "Data scientist", List.of("p1", "p3")),
                        org.assertj.core.groups.Tuple.tuple("devops-engineer", "DevOps engineer", List.of("p2")));
        assertThat(breakdown
                        .analysis("data-scientist")
                        .orElseThrow()
                        .question("a")
                        .rating())
                .contains(Rating.FI);
        assertThat(breakdown
                        .analysis("devops-engineer")
                        .orElseThrow()
                        .question("a")
                        .rating())
                .contains(Rating.NI);
        assertThat(AssessmentAnalysis.of(MODEL, responses).question("a").rating())
                .contains(Rating.LI); // the whole room's verdict still takes the consensus
        assertThat(breakdown.analysis("manager")).isEmpty();
        assertThat(breakdown.splits())
                .extracting(RoleBreakdown.RoleSplit::questionId)
                .containsExactly("a");
    }
}
