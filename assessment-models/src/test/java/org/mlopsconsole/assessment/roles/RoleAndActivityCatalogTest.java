package org.mlopsconsole.assessment.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.Dimension;
import org.mlopsconsole.assessment.DocumentValidationException;
import org.mlopsconsole.assessment.ModelCatalog;

class RoleAndActivityCatalogTest {

    private static final RoleCatalog ROLES = RoleCatalog.bundled();
    private static final ActivityCatalog ACTIVITIES = ActivityCatalog.bundled();

    @ParameterizedTest(name = "{0} has {1} roles")
    @CsvSource({
        "common-profiles, 'domain-specialist,data-scientist,manager,data-engineer,developer'",
        "kreuzberger-2023, 'business-stakeholder,solution-architect,kreuzberger-data-scientist,"
                + "kreuzberger-data-engineer,software-engineer,devops-engineer,ml-engineer'",
        "karlas-2020, 'karlas-manager,karlas-data-curator,karlas-developer'",
        "souza-2019, 'souza-domain-scientist,souza-computational-engineer,souza-ml-engineer,"
                + "souza-provenance-specialist'",
        "liu-2020, 'liu-data-scientist,liu-manager,liu-application-developer'"
    })
    void eachRoleSetHoldsTheRolesItsPublicationNames(String roleSet, String ids) {
        assertThat(ROLES.roles(roleSet)).extracting(Role::id).containsExactly(ids.split(","));
        assertThat(ROLES.roleSet(roleSet).orElseThrow().source()).isNotBlank();
    }

    @Test
    void everyRoleCarriesItsSourceAndADescription() {
        assertThat(ROLES.roles()).hasSize(22).allSatisfy(role -> {
            assertThat(role.source()).as(role.id()).isNotBlank();
            assertThat(role.description()).as(role.id()).isNotBlank();
        });
    }

    @Test
    void everyRoleOutsideTheCommonProfilesFallsUnderOne() {
        assertThat(ROLES.roles())
                .filteredOn(role -> !role.roleSet().equals("common-profiles"))
                .allSatisfy(role -> assertThat(ROLES.find(role.commonProfile().orElseThrow())
                                .orElseThrow()
                                .roleSet())
                        .isEqualTo("common-profiles"));
    }

    @Test
    void kreuzbergersSimilarRolesAreSynonyms() {
        assertThat(ROLES.find("ml-engineer").orElseThrow().synonyms()).containsExactly("MLOps engineer");
        assertThat(ROLES.find("business-stakeholder").orElseThrow().synonyms())
                .containsExactly("Product owner", "Project manager");
    }

    @Test
    void amershisNineStagesAreTheDimensionsOfTheBundledAmershiModel() {
        List<String> modelDimensions = ModelCatalog.bundled().find("amershi-2019").orElseThrow().dimensions().stream()
                .map(Dimension::id)
                .toList();
        assertThat(ACTIVITIES.activities(Activity.Stage.AMERSHI_WORKFLOW))
                .extracting(Activity::id)
                .containsExactlyElementsOf(modelDimensions);
    }

    @Test
    void theSecondSeedsOperationalizationStepsFollow() {
        assertThat(ACTIVITIES.activities(Activity.Stage.OPERATIONALIZATION))
                .extracting(Activity::id)
                .containsExactly(
                        "packaging-integration",
                        "registry-publishing",
                        "deployment",
                        "serving",
                        "monitoring",
                        "retraining");
        assertThat(ACTIVITIES.activities())
                .allSatisfy(activity ->
                        assertThat(activity.source()).as(activity.id()).contains("DOI"));
    }

    @Test
    void onlyDeploymentsDeployAndReleaseGatesAreTheApprovalSteps() {
        assertThat(ACTIVITIES.activities().stream().filter(Activity::deploysModels))
                .extracting(Activity::id)
                .containsExactly("model-deployment", "deployment");
        assertThat(ACTIVITIES.activities().stream().filter(Activity::releaseGate))
                .extracting(Activity::id)
                .containsExactly("model-evaluation", "model-deployment", "registry-publishing", "deployment");
    }

    @Test
    void aBrokenCatalogIsRefusedWithEveryErrorLocated() {
        String broken = """
                {
                  "format": "mlops-console-roles",
                  "formatVersion": 1,
                  "roleSets": [ { "id": "s", "name": "S", "source": "x" } ],
                  "roles": [
                    { "id": "a", "roleSet": "s", "name": "A", "description": "d" },
                    { "id": "a", "roleSet": "t", "name": "B", "description": "d", "level": 2 }
                  ]
                }
                """;
        assertThatThrownBy(() -> RoleCatalog.parse("roles.json", broken))
                .isInstanceOf(DocumentValidationException.class)
                .hasMessageContaining("roles.json is not a valid roles catalog (3 errors)")
                .hasMessageContaining("roles.json:7:13: /roles/1/id: duplicate role id \"a\"")
                .hasMessageContaining("/roles/1/roleSet: unknown role set \"t\"")
                .hasMessageContaining("/roles/1/level: unknown field \"level\"");
    }
}
