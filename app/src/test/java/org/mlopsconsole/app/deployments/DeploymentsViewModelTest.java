package org.mlopsconsole.app.deployments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelStage;

/** The Deployments section with the real runtime, a real MiniLM int8 model and a real server on port 0. */
class DeploymentsViewModelTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path modelFile;
    private LocalRuntime runtime;
    private RuntimeServerControl server;
    private final StringProperty runtimeStatus = new SimpleStringProperty("Runtime: not started");
    private DeploymentsViewModel viewModel;

    @BeforeEach
    void open() throws IOException {
        modelFile = dir.resolve("all-minilm-l6-v2-q.onnx");
        try (InputStream in = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx")) {
            Files.copy(in, modelFile);
        }
        runtime = LocalRuntime.create(ModelRepository.open(dir.resolve("models")));
        server = new RuntimeServerControl(runtime);
        viewModel = new DeploymentsViewModel(runtime, server, runtimeStatus, Runnable::run, Runnable::run);
    }

    @AfterEach
    void close() {
        server.close();
        runtime.close();
    }

    @Test
    void importedModelIsListedWithItsSignatureAndNotDeployed() {
        viewModel.importModel(modelFile, "minilm").join();

        assertThat(viewModel.messageProperty().get()).isEqualTo("Imported all-minilm-l6-v2-q.onnx as minilm version 1");
        assertThat(viewModel.versions()).singleElement().satisfies(row -> {
            assertThat(row.model()).isEqualTo("minilm");
            assertThat(row.version()).isEqualTo(1);
            assertThat(row.stage()).isEqualTo(ModelStage.NONE);
            assertThat(row.state()).isEqualTo("Not deployed");
            assertThat(row.sizeBytes()).isEqualTo(Files.size(modelFile));
        });
        viewModel.selectedProperty().set(viewModel.versions().get(0));
        assertThat(viewModel.signatureProperty().get())
                .contains("in  input_ids  INT64 [-1, -1]")
                .contains("out last_hidden_state  FP32 [-1, -1, 384]");
    }

    @Test
    void aFileThatIsNotAModelIsRefusedWithItsNameAndNothingIsWritten() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.onnx"), "not a model");

        viewModel.importModel(broken, "broken").join();

        assertThat(viewModel.messageProperty().get()).startsWith("Could not import broken.onnx: ");
        assertThat(viewModel.versions()).isEmpty();
        assertThat(dir.resolve("models/broken")).doesNotExist();
    }

    @Test
    void aFailureIsFlaggedAsAnErrorAndTheNextSuccessClearsTheFlag() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.onnx"), "not a model");

        viewModel.importModel(broken, "broken").join();
        assertThat(viewModel.messageIsErrorProperty().get()).isTrue();

        selectImportedModel();
        assertThat(viewModel.messageProperty().get()).startsWith("Imported ");
        assertThat(viewModel.messageIsErrorProperty().get()).isFalse();
        assertThat(viewModel.importProgressProperty().get()).isEqualTo(DeploymentsViewModel.NO_IMPORT);
    }

    @Test
    void aCancelledImportCopyStopsAndLeavesNoStagingFile() throws IOException {
        Path model = Files.write(dir.resolve("big.onnx"), new byte[3 << 20]);
        List<Double> seen = new java.util.ArrayList<>();
        ImportCopy[] copy = new ImportCopy[1];
        copy[0] = new ImportCopy(model, progress -> {
            seen.add(progress);
            copy[0].cancel();
        });

        assertThatThrownBy(copy[0]::stage)
                .isInstanceOf(java.util.concurrent.CancellationException.class)
                .hasMessage("Import of big.onnx cancelled");
        assertThat(seen).containsExactly(1.0 / 3);
    }

    @Test
    void aFinishedImportCopyReportsEveryChunkUpToTheWhole() throws IOException {
        Path model = Files.write(dir.resolve("big.onnx"), new byte[2 << 20]);
        List<Double> seen = new java.util.ArrayList<>();

        Path staged = new ImportCopy(model, seen::add).stage();

        assertThat(seen).containsExactly(0.5, 1.0);
        assertThat(staged).hasSameBinaryContentAs(model).hasFileName("big.onnx");
        ImportCopy.deleteQuietly(staged);
        assertThat(staged.getParent()).doesNotExist();
    }

    @Test
    void aJsonResponseIsPrettyPrintedAndOtherTextStaysAsItCame() {
        String pretty = DeploymentsViewModel.prettyJson("{\"a\":[1,2]}");

        assertThat(pretty.lines()).containsExactly("{", "  \"a\" : [ 1, 2 ]", "}");
        assertThat(DeploymentsViewModel.prettyJson("Not Found")).isEqualTo("Not Found");
    }

    @Test
    void exampleRequestHasOneTensorPerInputOfTheSignature() throws IOException {
        selectImportedModel();

        JsonNode request = JSON.readTree(viewModel.requestJsonProperty().get());

        assertThat(request.path("inputs")).hasSize(3);
        assertThat(request.path("inputs").findValuesAsText("name"))
                .containsExactly("input_ids", "attention_mask", "token_type_ids");
        for (JsonNode input : request.path("inputs")) {
            assertThat(input.path("datatype").asText()).isEqualTo("INT64");
            assertThat(input.path("shape").toString()).isEqualTo("[1,1]");
            assertThat(input.path("data").toString()).isEqualTo("[1]");
        }
    }

    @Test
    void deployedModelIsReadyAndTryItRunsInProcessWhileTheServerIsStopped() throws IOException {
        ModelVersionRow row = selectImportedModel();

        viewModel.deploy(row).join();
        assertThat(viewModel.versions().get(0).state()).isEqualTo("Ready");
        assertThat(viewModel.selectedProperty().get().ready()).isTrue();
        viewModel.tryIt().join();

        assertThat(viewModel.latencyProperty().get())
                .startsWith("In process in ")
                .contains("the server is not started");
        JsonNode response = JSON.readTree(viewModel.responseJsonProperty().get());
        assertThat(response.path("model_name").asText()).isEqualTo("minilm");
        assertThat(response.path("id").asText()).isEqualTo("try-it");
        JsonNode output = response.path("outputs").get(0);
        assertThat(output.path("name").asText()).isEqualTo("last_hidden_state");
        assertThat(output.path("shape").toString()).isEqualTo("[1,1,384]");
        assertThat(output.path("data")).hasSize(384);
    }

    @Test
    void startedServerShowsItsAddressInTheStatusBarAndTryItGoesOverHttp() throws IOException {
        ModelVersionRow row = selectImportedModel();
        viewModel.deploy(row).join();
        String inProcess = tryItOutput();
        viewModel.portProperty().set("0");
        viewModel.grpcPortProperty().set(""); // REST only

        viewModel.startServer().join();
        String baseUrl = server.running().orElseThrow().baseUrl();
        assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(viewModel.serverAddressProperty().get()).isEqualTo(baseUrl);
        assertThat(runtimeStatus.get()).isEqualTo("Runtime: serving on " + baseUrl);
        viewModel.tryIt().join();

        assertThat(viewModel.latencyProperty().get())
                .startsWith("HTTP 200 in ")
                .contains("POST " + baseUrl + "/v2/models/minilm/versions/1/infer");
        JsonNode output = JSON.readTree(viewModel.responseJsonProperty().get())
                .path("outputs")
                .get(0);
        assertThat(output.path("data").toString()).isEqualTo(inProcess);

        viewModel.stopServer().join();
        assertThat(runtimeStatus.get()).isEqualTo("Runtime: not started");
        assertThat(viewModel.serverRunningProperty().get()).isFalse();
    }

    @Test
    void serverWithATokenShowsItAndTryItSendsIt() throws IOException {
        viewModel.deploy(selectImportedModel()).join();
        viewModel.portProperty().set("0");
        viewModel.grpcPortProperty().set("0");
        viewModel.tokenProperty().set("s3cret");

        viewModel.startServer().join();
        viewModel.tryIt().join();

        assertThat(viewModel.serverAddressProperty().get()).endsWith("token: s3cret");
        assertThat(viewModel.latencyProperty().get()).startsWith("HTTP 200 in ");
    }

    @Test
    void bindingAnotherAddressWithoutATokenIsRefused() {
        viewModel.hostProperty().set("0.0.0.0");
        viewModel.portProperty().set("0");
        viewModel.grpcPortProperty().set("0");

        viewModel.startServer().join();

        assertThat(viewModel.messageProperty().get())
                .startsWith("Could not start the server: ")
                .contains("give a token");
        assertThat(server.running()).isEmpty();
        assertThat(runtimeStatus.get()).isEqualTo("Runtime: not started");
    }

    @Test
    void reloadKeepsTheModelReadyAndUndeployTakesItDown() throws IOException {
        ModelVersionRow row = selectImportedModel();
        viewModel.deploy(row).join();

        viewModel.reload(row).join();
        assertThat(viewModel.versions().get(0).state()).isEqualTo("Ready");
        viewModel.undeploy(row).join();

        assertThat(viewModel.versions().get(0).state()).isEqualTo("Not deployed");
        viewModel.tryIt().join();
        assertThat(viewModel.messageProperty().get()).startsWith("The request failed: ");
    }

    @Test
    void changedStageIsSavedInTheRepositoryMetadata() throws IOException {
        ModelVersionRow row = selectImportedModel();

        viewModel.changeStage(row, ModelStage.PRODUCTION).join();

        assertThat(viewModel.versions().get(0).stage()).isEqualTo(ModelStage.PRODUCTION);
        assertThat(viewModel.selectedProperty().get().stage()).isEqualTo(ModelStage.PRODUCTION);
        assertThat(runtime.repository()
                        .metadata()
                        .find("minilm", 1)
                        .orElseThrow()
                        .stage())
                .isEqualTo(ModelStage.PRODUCTION);
    }

    @Test
    void malformedRequestSaysWhatIsWrong() throws IOException {
        viewModel.deploy(selectImportedModel()).join();
        viewModel.requestJsonProperty().set("{\"inputs\": [");

        viewModel.tryIt().join();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("The request failed: malformed JSON at line 1, column 13: "
                        + "Unexpected end-of-input: expected close marker for Array");
    }

    @ParameterizedTest
    @CsvSource({
        "all-minilm-l6-v2-q.onnx, all-minilm-l6-v2-q",
        "My Model.ONNX, My-Model",
        "..hidden.onnx, hidden",
        ".onnx, model",
    })
    void suggestedNameIsTheFileNameMadeValid(String file, String expected) {
        String name = DeploymentsViewModel.suggestedName(Path.of(file));

        assertThat(name).isEqualTo(expected);
        assertThat(ModelRepository.isValidName(name)).isTrue();
    }

    private ModelVersionRow selectImportedModel() {
        viewModel.importModel(modelFile, "minilm").join();
        ModelVersionRow row = viewModel.versions().get(0);
        viewModel.selectedProperty().set(row);
        return row;
    }

    @Test
    void theServerAnswersGrpcBesideRestAndShowsBothAddresses() throws Exception {
        viewModel.deploy(selectImportedModel()).join();
        viewModel.portProperty().set("0");
        viewModel.grpcPortProperty().set("0");

        viewModel.startServer().join();
        RuntimeServerControl.RunningServer running = server.running().orElseThrow();
        String target = running.grpcTarget().orElseThrow();

        assertThat(target).matches("127\\.0\\.0\\.1:\\d+");
        assertThat(viewModel.serverAddressProperty().get()).isEqualTo(running.baseUrl() + "   gRPC " + target);
        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Serving on " + running.baseUrl() + " and gRPC on " + target);
        assertThat(GrpcProbe.serverLive(target)).isTrue();

        viewModel.stopServer().join();
        assertThatThrownBy(() -> GrpcProbe.serverLive(target)).isInstanceOf(io.grpc.StatusRuntimeException.class);
    }

    @Test
    void aGrpcPortInUseRefusesTheStartAndLeavesNoRestServerBehind() throws IOException {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            viewModel.portProperty().set("0");
            viewModel.grpcPortProperty().set(Integer.toString(taken.getLocalPort()));

            viewModel.startServer().join();

            assertThat(viewModel.messageProperty().get())
                    .startsWith("Could not start the server: ")
                    .contains("cannot listen for gRPC on 127.0.0.1:" + taken.getLocalPort());
            assertThat(server.running()).isEmpty();
            assertThat(viewModel.serverRunningProperty().get()).isFalse();
        }
    }

    @Test
    void aGrpcPortThatIsNotANumberIsRefusedNamingTheField() {
        viewModel.grpcPortProperty().set("80o1");

        viewModel.startServer().join();

        assertThat(viewModel.messageProperty().get())
                .isEqualTo("Could not start the server: gRPC port '80o1' is not a number");
        assertThat(server.running()).isEmpty();
    }

    private String tryItOutput() throws IOException {
        viewModel.tryIt().join();
        return JSON.readTree(viewModel.responseJsonProperty().get())
                .path("outputs")
                .get(0)
                .path("data")
                .toString();
    }

    @Test
    void theEmbeddedServerIsReadyWhenItsOnlyDeploymentIsReady() throws Exception {
        viewModel.portProperty().set("0");
        viewModel.grpcPortProperty().set("0");
        viewModel.importModel(modelFile, "minilm").join();
        viewModel.deploy(viewModel.versions().get(0)).join();
        viewModel.startServer().join();

        java.net.http.HttpResponse<String> ready = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        server.running().orElseThrow().baseUrl() + "/v2/health/ready"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    }

    @Test
    void theNextStartRestoresTheDeploymentsAndTheServerAndSaysSo() {
        DeploymentMemory memory = DeploymentMemory.in(dir.resolve("deployments.properties"));
        DeploymentsViewModel before = deployedAndServing(memory);
        server.close(); // the app closes: the server stops, the memory stays
        runtime.close();

        runtime = LocalRuntime.create(ModelRepository.open(dir.resolve("models")));
        server = new RuntimeServerControl(runtime);
        String restored = DeploymentRestore.restore(runtime, server, memory);
        DeploymentsViewModel after = new DeploymentsViewModel(
                runtime,
                server,
                memory,
                CompletableFuture.completedFuture(restored),
                runtimeStatus,
                Runnable::run,
                Runnable::run);

        assertThat(after.messageProperty().get())
                .startsWith("Restored from the last session: deployed minilm; the server on http://127.0.0.1:")
                .containsPattern("\\(gRPC 127\\.0\\.0\\.1:\\d+\\)");
        assertThat(server.running().orElseThrow().grpcTarget()).isPresent();
        assertThat(after.versions())
                .singleElement()
                .satisfies(row -> assertThat(row.state()).isEqualTo("Ready"));
        assertThat(after.serverRunningProperty().get()).isTrue();
        assertThat(runtimeStatus.get()).startsWith("Runtime: serving on http://127.0.0.1:");
        // the fields show what the server was started with, not the defaults
        assertThat(after.portProperty().get()).isEqualTo("0");
        assertThat(after.grpcPortProperty().get()).isEqualTo("0");
    }

    @Test
    void anUndeployedModelAndAStoppedServerAreNotBroughtBack() {
        DeploymentMemory memory = DeploymentMemory.in(dir.resolve("deployments.properties"));
        DeploymentsViewModel before = deployedAndServing(memory);
        before.undeploy(before.versions().get(0)).join();
        before.stopServer().join();

        assertThat(memory.load()).isEqualTo(new DeploymentMemory.State(List.of(), Optional.empty()));
        assertThat(DeploymentRestore.restore(runtime, server, memory)).isEmpty();
    }

    /** A session that imported and deployed MiniLM and started the server, remembering it. */
    private DeploymentsViewModel deployedAndServing(DeploymentMemory memory) {
        DeploymentsViewModel session = new DeploymentsViewModel(
                runtime,
                server,
                memory,
                CompletableFuture.completedFuture(""),
                runtimeStatus,
                Runnable::run,
                Runnable::run);
        session.portProperty().set("0");
        session.grpcPortProperty().set("0");
        session.importModel(modelFile, "minilm").join();
        session.deploy(session.versions().get(0)).join();
        session.startServer().join();
        return session;
    }
}
