package org.mlopsconsole.assessment.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolCoverageTest {

    /** The statuses of C1..C9 as one letter each: c covered, p partial, m missing. */
    private static String statuses(ToolCoverage coverage) {
        StringBuilder letters = new StringBuilder();
        Arrays.stream(Component.values())
                .forEach(component ->
                        letters.append(coverage.status(component).code().charAt(0)));
        return letters.toString();
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource({
        // inventory,                                        C1..C9
        "'',                                                 mmmmmmmmm",
        "mlflow,                                             mmmmmccpp",
        "aws-s3,                                             mmmmmpmmm",
        "'aws-s3 mlflow',                                    mmmmmccpp",
        "'aws-s3 azure-storage',                             mmmmmpmmm",
        "'docker flask',                                     mmmmmmmpm",
        "'docker flask tensorflow-serving',                  mmmmmmmcm",
        "'onnx kafka',                                       mmmmmmmmm",
        "'own:C6=partial,C9=full',                           mmmmmpmmc",
        "'mlflow=C6:partial',                                mmmmmpmmm",
        "'gitlab airflow feast kubernetes mlflow kserve prometheus', ccccccccc",
        "'gitlab airflow feast kubernetes kserve prometheus',        cccccmmcc"
    })
    void aComponentIsCoveredByOneFullToolPartialByPartialToolsOnlyMissingOtherwise(String inventory, String expected) {
        assertThat(statuses(ToolCoverage.of(Inventories.of(inventory)))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"'aws-s3 mlflow', C6, mlflow, aws-s3", "'docker flask', C8, '', 'docker flask'"})
    void eachRowNamesTheToolsBehindIt(String inventory, Component component, String full, String partial) {
        ComponentCoverage row = ToolCoverage.of(Inventories.of(inventory)).of(component);
        assertThat(String.join(" ", row.fullBy().stream().map(InventoryTool::id).toList()))
                .isEqualTo(full);
        assertThat(String.join(
                        " ", row.partialBy().stream().map(InventoryTool::id).toList()))
                .isEqualTo(partial);
    }
}
