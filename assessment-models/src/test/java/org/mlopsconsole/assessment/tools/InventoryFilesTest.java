package org.mlopsconsole.assessment.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.assessment.DocumentValidationException;
import org.mlopsconsole.assessment.ValidationError;

class InventoryFilesTest {

    private static final String INVENTORY = """
            {
              "format": "mlops-console-tool-inventory",
              "formatVersion": 1,
              "name": "Acme",
              "constraints": { "openSourceOnly": true, "kubernetesAvailable": false },
              "tools": [
                { "tool": "mlflow", "components": { "C7": "full" }, "notes": "tracking only" },
                { "tool": "jenkins" },
                { "id": "deployer", "name": "In-house deployer", "components": { "C8": "partial" },
                  "activities": ["deployment"] }
              ]
            }
            """;

    @Test
    void catalogToolsTakeTheirComponentsUnlessTheInventorySaysOtherwise() {
        ToolInventory inventory = InventoryFiles.parse("acme.json", INVENTORY);
        assertThat(inventory.constraints()).isEqualTo(new ToolConstraints(true, false, false));
        assertThat(inventory.tool("mlflow").orElseThrow().components()).isEqualTo(Map.of(Component.C7, Support.FULL));
        assertThat(inventory.tool("jenkins").orElseThrow().components()).isEqualTo(Map.of(Component.C1, Support.FULL));
        assertThat(inventory.tool("deployer").orElseThrow().catalogTool()).isEmpty();
        assertThat(inventory.uses("mlflow")).isTrue();
    }

    @Test
    void writingAndReadingAgainKeepsEverything() {
        ToolInventory inventory = InventoryFiles.parse("acme.json", INVENTORY);
        String json = InventoryFiles.json(inventory);
        assertThat(InventoryFiles.parse("again.json", json)).isEqualTo(inventory);
        assertThat(json).contains("\"tool\" : \"jenkins\"").doesNotContain("\"C1\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown catalog tool | '"tool": "jenkins"'           | '"tool": "jenkin"'             | /tools/1/tool         | 8:15  | unknown catalog tool "jenkin"
            unknown component    | '"C8": "partial"'             | '"C10": "partial"'             | /tools/2/components/C10 | 9:77 | unknown component "C10"; use C1 to C9
            bad support          | '"C7": "full"'                | '"C7": "most"'                 | /tools/0/components/C7 | 7:47 | support must be "full" or "partial", not "most"
            unknown activity     | '["deployment"]'              | '["deploy"]'                   | /tools/2/activities/0 | 10:22 | unknown activity "deploy"; known:
            custom is a catalog  | '"id": "deployer"'            | '"id": "kserve"'               | /tools/2/id           | 9:13  | "kserve" is a catalog tool; write {"tool": "kserve"}
            same tool twice      | '{ "tool": "jenkins" }'       | '{ "tool": "mlflow" }'         | /tools/1              | 8:5   | duplicate tool id "mlflow"
            constraint not bool  | '"openSourceOnly": true'      | '"openSourceOnly": "yes"'      | /constraints/openSourceOnly | 5:38 | "openSourceOnly" must be true or false
            """)
    void aBrokenInventoryIsRefusedNamingThePlace(
            String name, String original, String broken, String pointer, String lineColumn, String message) {
        assertThat(INVENTORY).contains(original);
        assertThatThrownBy(() -> InventoryFiles.parse("acme.json", INVENTORY.replace(original, broken)))
                .isInstanceOfSatisfying(
                        DocumentValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::toString)
                                .singleElement()
                                .asString()
                                .startsWith("acme.json:" + lineColumn + ": " + pointer + ": " + message));
    }
}
