package org.mlopsconsole.assessment.roles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.mlopsconsole.assessment.DocumentValidationException;
import org.mlopsconsole.assessment.ValidationError;

class RaciFilesTest {

    private static final String RACI = """
            {
              "format": "mlops-console-raci",
              "formatVersion": 1,
              "name": "Acme",
              "roles": ["data-scientist", { "id": "platform-lead", "name": "Platform lead" }],
              "activities": ["model-training", { "id": "incident-response", "name": "Incident response" }],
              "people": [ { "id": "ana", "name": "Ana", "roles": ["data-scientist"] } ],
              "grid": {
                "model-training": { "data-scientist": "RA", "platform-lead": "I" },
                "incident-response": { "platform-lead": "AR" }
              }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void aRaciFileNamesCatalogEntriesByIdAndDefinesItsOwn() {
        Raci raci = RaciFiles.parse("acme.json", RACI);
        assertThat(raci.roles()).extracting(Role::id).containsExactly("data-scientist", "platform-lead");
        assertThat(raci.role("platform-lead").orElseThrow().isCustom()).isTrue();
        assertThat(raci.activity("incident-response").orElseThrow().stage()).isEqualTo(Activity.Stage.CUSTOM);
        assertThat(raci.cell("incident-response", "platform-lead"))
                .containsExactly(Responsibility.RESPONSIBLE, Responsibility.ACCOUNTABLE);
        assertThat(raci.peopleIn("data-scientist")).extracting(Person::name).containsExactly("Ana");
    }

    @Test
    void writingAndReadingAgainKeepsEverything() throws Exception {
        Raci raci = RaciFiles.parse("acme.json", RACI);
        Path file = Files.writeString(dir.resolve("again.json"), RaciFiles.json(raci));
        assertThat(RaciFiles.read(file)).isEqualTo(raci);
        assertThat(Files.readString(file)).contains("\"incident-response\" : {", "\"platform-lead\" : \"RA\"");
    }

    @ParameterizedTest
    @EnumSource(OrganizationSize.class)
    void templatesAreRaciFilesThatWriteBackTheSame(OrganizationSize size) {
        Raci template = size.template();
        assertThat(RaciFiles.parse("again.json", RaciFiles.json(template))).isEqualTo(template);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            unknown catalog role   | `"data-scientist", {`                | `"data-scientist", "data-wizard", {` | /roles/1           | 5:31  | unknown role "data-wizard": not in the catalog
            bad letter             | `"RA", "platform-lead": "I"`         | `"RX", "platform-lead": "I"`         | /grid/model-training/data-scientist | 9:43 | 'X' in "RX" is not a RACI letter
            letter twice           | `"platform-lead": "AR"`              | `"platform-lead": "AA"`              | /grid/incident-response/platform-lead | 10:45 | 'A' appears twice in "AA"
            role not in the RACI   | `"roles": ["data-scientist"] }`      | `"roles": ["manager"] }`             | /people/0/roles/0  | 7:55  | role "manager" is not one of this RACI's roles
            activity not in it     | `"model-training": { "data`          | `"model-trainin": { "data`           | /grid/model-trainin | 9:22 | activity "model-trainin" is not one of this RACI's activities
            custom shadows catalog | `{ "id": "platform-lead"`            | `{ "id": "manager", "name": "M" }, { "id": "platform-lead"` | /roles/1/id | 5:39 | "manager" is a catalog role; name it as the string "manager"
            wrong kind             | `"mlops-console-raci"`               | `"mlops-console-tool-inventory"`     | /format            | 2:13  | this is not a RACI file: "format" must be "mlops-console-raci", not "mlops-console-tool-inventory"
            newer version          | `"formatVersion": 1`                 | `"formatVersion": 7`                 | /formatVersion     | 3:20  | format version 7 is newer than this version of MLOps Console reads (1)
            unknown field          | `"name": "Acme",`                    | `"name": "Acme", "owner": "x",`      | /owner             | 4:28  | unknown field "owner"
            """)
    void aBrokenRaciIsRefusedNamingThePlace(
            String name, String original, String broken, String pointer, String lineColumn, String message) {
        assertThat(RACI).contains(original);
        assertThatThrownBy(() -> RaciFiles.parse("acme.json", RACI.replace(original, broken)))
                .isInstanceOfSatisfying(
                        DocumentValidationException.class,
                        e -> assertThat(e.errors())
                                .extracting(ValidationError::toString)
                                .containsExactly("acme.json:" + lineColumn + ": " + pointer + ": " + message
                                        + tail(e.errors().get(0).message(), message)));
    }

    /** The part of the actual message after the expected start, so the table may give a prefix. */
    private static String tail(String actual, String expectedStart) {
        return actual.startsWith(expectedStart) ? actual.substring(expectedStart.length()) : "";
    }

    @Test
    void anUnreadableOrInvalidFileSaysSo() throws Exception {
        assertThatThrownBy(() -> RaciFiles.read(dir.resolve("missing.json")))
                .hasMessageContaining("missing.json is not a valid RACI (1 error)")
                .hasMessageContaining("missing.json:1:1: (root): file not found");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{ \"format\": ");
        assertThatThrownBy(() -> RaciFiles.read(broken)).hasMessageContaining("not valid JSON");
    }
}
