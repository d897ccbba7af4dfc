package org.mlopsconsole.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelStage;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.internal.cli.RuntimeMain;
import picocli.CommandLine;

class ModelsCommandTest {

    @TempDir
    Path temp;

    private Path root;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void setUp() {
        root = temp.resolve("repo");
        ModelRepository repository = ModelRepository.open(root);
        Path classifier = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
        repository.importModel(classifier, "iris", OptionalLong.empty());
        repository.importModel(classifier, "iris", OptionalLong.empty());
    }

    private int run(String... args) {
        return new CommandLine(new RuntimeMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void stageSetsAVersionsStageAndVersionsListsIt() {
        int staged = run("models", "stage", "iris", "2", "Production", "--repository", root.toString());
        int listed = run("models", "versions", "iris", "--repository", root.toString());

        assertThat(staged).isZero();
        assertThat(listed).isZero();
        assertThat(out.toString())
                .contains("Model iris version 2 is now production")
                .containsPattern("(?m)^1 +none ")
                .containsPattern("(?m)^2 +production ");
        assertThat(ModelRepository.open(root).describe("iris", 2).stage()).isEqualTo(ModelStage.PRODUCTION);
    }

    @Test
    void anUnknownStageIsAUsageErrorAndAMissingVersionAnError() {
        assertThat(run("models", "stage", "iris", "1", "live", "--repository", root.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("'live' is not a stage");

        assertThat(run("models", "stage", "iris", "9", "staging", "--repository", root.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Model 'iris' has no version 9");
    }
}
