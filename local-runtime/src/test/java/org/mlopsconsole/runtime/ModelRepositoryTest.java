package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelRepositoryTest {

    @TempDir
    Path temp;

    private Path classifier;
    private ModelRepository repository;

    @BeforeEach
    void setUp() {
        classifier = TestModels.tribuoClassifier(temp.resolve("source/classifier.onnx"));
        repository = ModelRepository.open(temp.resolve("repo"));
    }

    @Test
    void importPlacesTheFileInTritonLayoutWithItsSignatureAndDigest() throws IOException {
        ModelVersionRecord record = repository.importModel(classifier, "iris", OptionalLong.empty());

        Path stored = temp.resolve("repo/iris/1/model.onnx");
        assertThat(stored).exists().hasSameBinaryContentAs(classifier);
        assertThat(record.version()).isEqualTo(1);
        assertThat(record.sizeBytes()).isEqualTo(Files.size(classifier));
        assertThat(record.sha256())
                .isEqualTo(ModelRepository.sha256(classifier))
                .hasSize(64);
        assertThat(record.signature().inputs())
                .containsExactly(new TensorSpec("input", DataType.FP32, List.of(-1L, 4L)));
        assertThat(record.signature().outputs()).extracting(TensorSpec::name).contains("output");
        assertThat(record.stage()).isEqualTo(ModelStage.NONE);
    }

    @Test
    void importWithoutVersionTakesTheNextNumber() {
        repository.importModel(classifier, "iris", OptionalLong.of(3));

        ModelVersionRecord next = repository.importModel(classifier, "iris", OptionalLong.empty());

        assertThat(next.version()).isEqualTo(4);
        assertThat(repository.versions("iris")).containsExactly(3L, 4L);
    }

    @Test
    void importRefusesAnExistingVersionAndKeepsIt() throws IOException {
        repository.importModel(classifier, "iris", OptionalLong.of(1));
        Path other = TestModels.miniLmQuantized(temp.resolve("source/minilm.onnx"));

        assertThatThrownBy(() -> repository.importModel(other, "iris", OptionalLong.of(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("already has version 1");
        assertThat(temp.resolve("repo/iris/1/model.onnx")).hasSameBinaryContentAs(classifier);
    }

    @Test
    void importRefusesAFileOnnxRuntimeCannotLoadAndWritesNothing() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.onnx"), "not a model");

        assertThatThrownBy(() -> repository.importModel(broken, "broken", OptionalLong.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("broken.onnx is not a model ONNX Runtime can load");
        assertThat(repository.modelNames()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "a/b", "../escape", "with space", "tab\t", "é", "a\\b"})
    void invalidModelNamesAreRefused(String name) {
        assertThatThrownBy(() -> repository.importModel(classifier, name, OptionalLong.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Invalid model name");
        assertThat(temp.resolve("repo")).isEmptyDirectory();
    }

    @ParameterizedTest
    @ValueSource(strings = {"model", "Model_2", "bert-base.v1", "a..b", ".hidden-is-valid"})
    void namesFromTheAllowedAlphabetAreValid(String name) {
        assertThat(ModelRepository.isValidName(name)).isTrue();
    }

    @Test
    void versionFoldersTritonWouldIgnoreAreNotVersions() throws IOException {
        repository.importModel(classifier, "iris", OptionalLong.of(2));
        Files.createDirectories(temp.resolve("repo/iris/01"));
        Files.copy(classifier, temp.resolve("repo/iris/01/model.onnx"));
        Files.createDirectories(temp.resolve("repo/iris/latest"));
        Files.createDirectories(temp.resolve("repo/iris/5"));

        assertThat(repository.versions("iris")).containsExactly(2L);
    }

    @Test
    void aModelFileLinkedFromOutsideTheRepositoryIsRefused() throws IOException {
        Files.createDirectories(temp.resolve("repo/linked/1"));
        Files.createSymbolicLink(temp.resolve("repo/linked/1/model.onnx"), classifier);

        assertThatThrownBy(() -> repository.modelFile("linked", 1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("resolves outside the model repository");
    }

    @Test
    void unknownModelAndVersionAreNotFound() {
        repository.importModel(classifier, "iris", OptionalLong.empty());

        assertThatThrownBy(() -> repository.versions("nope")).isInstanceOf(ModelNotFoundException.class);
        assertThatThrownBy(() -> repository.modelFile("iris", 9))
                .isInstanceOf(ModelNotFoundException.class)
                .hasMessageContaining("no version 9");
    }

    @Test
    void metadataSurvivesReopeningAndKeepsTheStage() {
        ModelVersionRecord record = repository.importModel(classifier, "iris", OptionalLong.empty());
        repository.metadata().save(record.withStage(ModelStage.PRODUCTION));

        ModelRepository reopened = ModelRepository.open(temp.resolve("repo"));

        assertThat(reopened.metadata().find("iris", 1)).contains(record.withStage(ModelStage.PRODUCTION));
        assertThat(reopened.describe("iris", 1).stage()).isEqualTo(ModelStage.PRODUCTION);
    }

    @Test
    void aVersionCopiedInByHandIsDescribedAndRecorded() throws IOException {
        Files.createDirectories(temp.resolve("repo/manual/7"));
        Files.copy(classifier, temp.resolve("repo/manual/7/model.onnx"));

        ModelVersionRecord record = repository.describe("manual", 7);

        assertThat(record.sha256()).isEqualTo(ModelRepository.sha256(classifier));
        assertThat(repository.metadata().find("manual", 7)).contains(record);
    }

    @Test
    void anUploadWithAnInvalidConfigWritesNothing() throws IOException {
        byte[] bytes = Files.readAllBytes(classifier);

        assertThatThrownBy(() -> repository.storeUpload(
                        "pushed", OptionalLong.empty(), bytes, Optional.of("{\"max_batch_size\": -1}")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pushed/config.json: max_batch_size must be an integer from 0 to 4096");
        assertThat(repository.modelNames()).isEmpty();
    }

    @Test
    void anUploadStoresModelAndConfig() throws IOException {
        ModelVersionRecord record = repository.storeUpload(
                "pushed", OptionalLong.empty(), Files.readAllBytes(classifier), Optional.of("{\"max_batch_size\": 4}"));

        assertThat(record.version()).isEqualTo(1);
        assertThat(repository.config("pushed").maxBatchSize()).hasValue(4);
        assertThat(temp.resolve("repo")).isDirectoryNotContaining("glob:**/.upload-*");
    }

    @Test
    void describeDoesNotHashAgainWhileSizeAndModificationTimeStay() throws IOException {
        repository.importModel(classifier, "iris", OptionalLong.empty());
        Path file = repository.modelFile("iris", 1);
        String first = repository.describe("iris", 1).sha256();
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1; // same size, different content
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);

        String cached = repository.describe("iris", 1).sha256();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified.toMillis() + 2000));
        String rehashed = repository.describe("iris", 1).sha256();

        assertThat(cached).isEqualTo(first);
        assertThat(rehashed).isNotEqualTo(first).isEqualTo(ModelRepository.sha256(file));
    }

    @Test
    void openingRemovesStagingFoldersOfImportsWhoseProcessEnded() throws IOException {
        Path old = Files.createDirectories(temp.resolve("repo/iris/.import-12345678"));
        Files.write(old.resolve("model.onnx"), new byte[1024]);
        long deadPid = deadProcessId();
        Path killed = Files.createDirectories(temp.resolve("repo/iris/.import-" + deadPid + "-99"));

        ModelRepository reopened = ModelRepository.open(temp.resolve("repo"));

        assertThat(old).doesNotExist();
        assertThat(killed).doesNotExist();
        assertThat(reopened.modelNames()).containsExactly("iris");
    }

    @Test
    void anImportRemovesLeftoverStagingFoldersFirst() throws IOException {
        Path leftover = Files.createDirectories(temp.resolve("repo/iris/.import-" + deadProcessId() + "-1"));

        repository.importModel(classifier, "iris", OptionalLong.empty());

        assertThat(leftover).doesNotExist();
        assertThat(temp.resolve("repo/iris")).isDirectoryNotContaining("glob:**/.import-*");
    }

    @Test
    void stagesAreSetPerVersionAndListedWithTheVersions() {
        repository.importModel(classifier, "iris", OptionalLong.empty());
        repository.importModel(classifier, "iris", OptionalLong.empty());

        repository.setStage("iris", 2, ModelStage.PRODUCTION);

        assertThat(repository.describeAll("iris"))
                .extracting(ModelVersionRecord::version, ModelVersionRecord::stage)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(1L, ModelStage.NONE),
                        org.assertj.core.api.Assertions.tuple(2L, ModelStage.PRODUCTION));
    }

    /** The id of a process that has ended: a short child, waited for. */
    private static long deadProcessId() throws IOException {
        Process process = new ProcessBuilder("true").start();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.pid();
    }
}
