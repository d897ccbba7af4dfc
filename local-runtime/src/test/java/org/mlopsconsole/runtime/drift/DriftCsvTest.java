package org.mlopsconsole.runtime.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading the reference and current files: types by the first value, errors with file, line and column. */
class DriftCsvTest {

    private static final String GOOD = "age,plan\n30,basic\n41,pro\n";

    @TempDir
    Path temp;

    @Test
    void typesComeFromTheFirstValueAndEmptyCellsAreMissing() throws IOException {
        DriftCsv.Datasets data = read(
                "age,plan,zip\n30,basic,01234\n,pro,\n41,,99999\n", "zip,age,plan\n1,33,plus\n2,35,basic\n", Map.of());

        DriftSample reference = data.reference().sample();
        assertThat(reference.column("age").orElseThrow())
                .isEqualTo(new DriftColumn.Numeric("age", new double[] {30, 41}));
        assertThat(reference.column("plan").orElseThrow())
                .isEqualTo(new DriftColumn.Categorical("plan", List.of("basic", "pro")));
        assertThat(reference.column("zip").orElseThrow().type()).isEqualTo(FeatureType.NUMERIC);
        assertThat(data.reference().source()).endsWith("reference.csv");
    }

    @Test
    void aDeclaredCategoricalColumnKeepsItsValuesAsText() throws IOException {
        DriftCsv.Datasets data =
                read("zip,n\n01234,1\nA-1,2\n", "zip,n\n99999,1\n01234,2\n", Map.of("zip", FeatureType.CATEGORICAL));

        assertThat(data.current().column("zip").orElseThrow())
                .isEqualTo(new DriftColumn.Categorical("zip", List.of("99999", "01234")));
    }

    @Test
    void quotedFieldsMayHoldCommasAndLineBreaksAndLinesStillCount() throws IOException {
        DriftInputException error =
                readFails("note,n\n\"a, b\",1\n\"two\nlines\",2\nplain,x\n", "note,n\nc,3\n", Map.of());

        assertThat(error.line()).hasValue(5);
        assertThat(error.getMessage()).contains("reference.csv:5: column 2 'n': 'x' is not a number");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "empty reference        | ''                              | current.csv-ok | reference.csv: the file is empty; a header row",
                "header without rows    | 'age,plan\n'                    | current.csv-ok | reference.csv: a header but no rows",
                "ragged row             | 'age,plan\n30,basic\n41\n'      | current.csv-ok | reference.csv:3: 1 value(s), but the header has 2 columns",
                "too many values        | 'age,plan\n30,basic,x\n'        | current.csv-ok | reference.csv:2: 3 value(s), but the header has 2 columns",
                "unnamed column         | 'age,\n30,basic\n'              | current.csv-ok | reference.csv:1: column 2 of the header has no name",
                "a name twice           | 'age,age\n30,31\n'              | current.csv-ok | reference.csv:1: the header names 'age' twice (columns 1 and 2)",
                "number then text       | 'age,plan\n30,basic\nold,pro\n' | current.csv-ok | reference.csv:3: column 1 'age': 'old' is not a number, but the column is numeric (from",
                "text then number       | 'age,plan\n30,basic\n31,7\n'    | current.csv-ok | reference.csv:3: column 2 'plan': '7' is a number, but the column is categorical (from",
                "a column with no value | 'age,plan\n30,\n31,\n'          | 'age,plan\n1,\n2,\n' | reference.csv: column 2 'plan': no values in any file",
                "unclosed quote         | 'age,plan\n30,\"basic\n'        | current.csv-ok | reference.csv:2: not valid CSV",
                "current lacks a column | GOOD                            | 'age\n30\n'    | current.csv:1: no column 'plan' of",
                "current has one more   | GOOD                            | 'age,plan,x\n1,a,2\n' | current.csv:1: column 'x' not in",
                "mixed in current       | GOOD                            | 'age,plan\n30,basic\nn/a,pro\n' | current.csv:3: column 1 'age': 'n/a' is not a number, but the column is numeric (from",
                "empty current          | GOOD                            | ''             | current.csv: the file is empty"
            })
    void aBadFileIsNamedWithItsLineAndColumn(String label, String reference, String current, String message)
            throws IOException {
        String ref = reference.equals("GOOD") ? GOOD : unescape(reference);
        String cur = current.equals("current.csv-ok") ? GOOD : unescape(current);

        DriftInputException error = readFails(ref, cur, Map.of());

        assertThat(error.getMessage())
                .as(label)
                .startsWith(temp.resolve(message.substring(0, message.indexOf(':')))
                        + message.substring(message.indexOf(':')));
    }

    @Test
    void aDeclaredNumericColumnRefusesText() throws IOException {
        DriftInputException error = readFails(GOOD, GOOD, Map.of("plan", FeatureType.NUMERIC));

        assertThat(error.getMessage()).contains("reference.csv:2: column 2 'plan': 'basic' is not a number");
        assertThat(error.getMessage()).contains("(declared)");
        assertThat(error.line()).hasValue(2);
        assertThat(error.column()).hasValue(2);
        assertThat(error.columnName()).hasValue("plan");
    }

    @Test
    void aDeclaredColumnMustExist() throws IOException {
        DriftInputException error = readFails(GOOD, GOOD, Map.of("height", FeatureType.CATEGORICAL));

        assertThat(error.getMessage()).contains("reference.csv:1: no column 'height' (declared categorical)");
    }

    @Test
    void aMissingFileIsNamed() {
        DriftInputException error = catchThrowableOfType(
                DriftInputException.class, () -> DriftCsv.read(temp.resolve("nowhere.csv"), Map.of()));

        assertThat(error.getMessage()).endsWith("nowhere.csv: no such file");
    }

    private DriftCsv.Datasets read(String reference, String current, Map<String, FeatureType> declared)
            throws IOException {
        return DriftCsv.read(write("reference.csv", reference), write("current.csv", current), declared);
    }

    private DriftInputException readFails(String reference, String current, Map<String, FeatureType> declared)
            throws IOException {
        Path ref = write("reference.csv", reference);
        Path cur = write("current.csv", current);
        return catchThrowableOfType(DriftInputException.class, () -> DriftCsv.read(ref, cur, declared));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String unescape(String cell) {
        return cell.replace("\\n", "\n");
    }
}
