package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlopsconsole.runtime.internal.grpc.proto.GRPCInferenceServiceGrpc;
import org.mlopsconsole.runtime.internal.grpc.proto.GrpcServiceProto;
import org.mlopsconsole.runtime.internal.grpc.proto.InferParameter;
import org.mlopsconsole.runtime.internal.grpc.proto.InferTensorContents;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelConfig;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelConfigProto;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelConfigRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelMetadataRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelMetadataResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelReadyRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelRepositoryParameter;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelStatisticsRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelStatisticsResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelStreamInferResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryIndexRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryIndexResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryModelLoadRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryModelUnloadRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerLiveRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerMetadataRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerMetadataResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerReadyRequest;

/**
 * Conformance of the gRPC service, method by method, against a real server on a free port with a
 * Tribuo classifier and MiniLM (int8), through a client generated from the proto.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GrpcServerTest {

    private static final String TOKEN = "grpc-s3cret";

    @TempDir
    static Path temp;

    private LocalRuntime runtime;
    private RuntimeServer rest;
    private GrpcServer grpc;
    private GrpcServer guarded;
    private GrpcServer readOnly;
    private GrpcClient client;
    private Path classifierFile;

    @BeforeAll
    void startServers() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        classifierFile = TestModels.tribuoClassifier(temp.resolve("classifier.onnx"));
        repository.importModel(classifierFile, "classifier", OptionalLong.empty());
        repository.importModel(classifierFile, "spare", OptionalLong.empty());
        repository.importModel(
                TestModels.miniLmQuantized(temp.resolve("minilm-q.onnx")), "minilm", OptionalLong.empty());
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        ServerOptions options = ServerOptions.localDefaults().withPort(0).withLimits(4 * 1024 * 1024, 16, 100_000);
        rest = RuntimeServer.start(runtime, options);
        grpc = GrpcServer.start(runtime, options, 0);
        guarded = GrpcServer.start(runtime, options.withHostAndToken("127.0.0.1", Optional.of(TOKEN)), 0);
        readOnly = GrpcServer.start(runtime, options.withModelControl(ModelControl.NONE), 0);
        client = new GrpcClient(grpc.target());
    }

    @AfterAll
    void stopServers() {
        client.close();
        readOnly.close();
        guarded.close();
        grpc.close();
        rest.close();
        runtime.close();
    }

    private GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub stub() {
        return client.blocking();
    }

    @Test
    void bindsLoopbackOnTheFreePortItReports() {
        assertThat(grpc.port()).isPositive().isNotEqualTo(GrpcServer.DEFAULT_PORT);
        assertThat(grpc.target()).isEqualTo("127.0.0.1:" + grpc.port());
    }

    @Test
    void healthAnswersLiveAndReady() {
        assertThat(stub().serverLive(ServerLiveRequest.getDefaultInstance()).getLive())
                .isTrue();
        assertThat(stub().serverReady(ServerReadyRequest.getDefaultInstance()).getReady())
                .isTrue();
    }

    @Test
    void modelReadyAnswersPerVersion() {
        assertThat(stub().modelReady(ModelReadyRequest.newBuilder()
                                .setName("classifier")
                                .build())
                        .getReady())
                .isTrue();
        assertThat(stub().modelReady(ModelReadyRequest.newBuilder()
                                .setName("classifier")
                                .setVersion("1")
                                .build())
                        .getReady())
                .isTrue();
    }

    @Test
    void serverMetadataNamesTheRuntimeAndItsExtensions() {
        ServerMetadataResponse metadata = stub().serverMetadata(ServerMetadataRequest.getDefaultInstance());

        assertThat(metadata.getName()).isEqualTo("mlops-console-runtime");
        assertThat(metadata.getVersion()).isNotBlank();
        assertThat(metadata.getExtensionsList()).contains("model_repository", "model_configuration", "statistics");
    }

    @Test
    void modelMetadataMatchesTheRestEndpoint() {
        ModelMetadataResponse metadata = stub().modelMetadata(
                        ModelMetadataRequest.newBuilder().setName("minilm").build());
        JsonNode restMetadata =
                new HttpFixture(rest.baseUrl()).get("/v2/models/minilm").json();

        assertThat(metadata.getName()).isEqualTo("minilm");
        assertThat(metadata.getVersionsList()).containsExactly("1");
        assertThat(metadata.getPlatform())
                .isEqualTo(restMetadata.get("platform").asText());
        assertThat(metadata.getInputsList())
                .extracting(ModelMetadataResponse.TensorMetadata::getName)
                .containsExactly("input_ids", "attention_mask", "token_type_ids");
        assertThat(metadata.getInputs(0).getDatatype()).isEqualTo("INT64");
        assertThat(metadata.getInputs(0).getShapeList()).containsExactly(-1L, -1L);
        assertThat(metadata.getOutputs(0).getName()).isEqualTo("last_hidden_state");
        assertThat(metadata.getOutputs(0).getShapeList()).containsExactly(-1L, -1L, 384L);
    }

    @Test
    void rawInputsAnswerWhatTheRuntimeAnswersInProcess() {
        Tensor input = Fixtures.classifierInput(3, 7);
        ModelInferResponse response = stub().modelInfer(GrpcClient.withRawInput(
                        ModelInferRequest.newBuilder()
                                .setModelName("classifier")
                                .setId("req-1"),
                        input)
                .build());
        InferenceResponse expected =
                runtime.infer(InferenceRequest.of("classifier", List.of(input))).join();

        assertThat(response.getModelName()).isEqualTo("classifier");
        assertThat(response.getModelVersion()).isEqualTo("1");
        assertThat(response.getId()).isEqualTo("req-1");
        assertThat(response.getOutputs(0).getName()).isEqualTo("output");
        assertThat(response.getOutputs(0).getDatatype()).isEqualTo("FP32");
        assertThat(response.getOutputs(0).getShapeList()).containsExactly(3L, 3L);
        assertThat(GrpcClient.rawFloats(response, 0))
                .containsExactly(expected.output("output").orElseThrow().asFloats());
    }

    @Test
    void typedContentsAnswerAsRawContentsDo() {
        Tensor input = Fixtures.classifierInput(2, 11);
        List<Float> values = new ArrayList<>();
        for (float value : input.asFloats()) {
            values.add(value);
        }
        ModelInferResponse typed = stub().modelInfer(ModelInferRequest.newBuilder()
                .setModelName("classifier")
                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                        .setName("input")
                        .setDatatype("FP32")
                        .addAllShape(List.of(2L, 4L))
                        .setContents(InferTensorContents.newBuilder().addAllFp32Contents(values)))
                .build());
        ModelInferResponse raw = stub().modelInfer(
                        GrpcClient.withRawInput(ModelInferRequest.newBuilder().setModelName("classifier"), input)
                                .build());

        assertThat(GrpcClient.rawFloats(typed, 0)).containsExactly(GrpcClient.rawFloats(raw, 0));
    }

    @Test
    void miniLmAnswersOverGrpcWhatRestAnswers() {
        List<Tensor> inputs = Fixtures.miniLmInputs(2, 8, 3);
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder().setModelName("minilm");
        inputs.forEach(input -> GrpcClient.withRawInput(request, input));
        ModelInferResponse response = stub().modelInfer(request.build());
        StringBuilder json = new StringBuilder("{\"inputs\": [");
        for (int i = 0; i < inputs.size(); i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(inputs.get(i).name())
                    .append("\",\"datatype\":\"INT64\",\"shape\":[2,8],\"data\":")
                    .append(java.util.Arrays.toString(inputs.get(i).asLongs()))
                    .append('}');
        }
        JsonNode restOutput = new HttpFixture(rest.baseUrl())
                .post("/v2/models/minilm/infer", json.append("]}").toString())
                .json()
                .get("outputs")
                .get(0);

        float[] grpcValues = GrpcClient.rawFloats(response, 0);
        assertThat(response.getOutputs(0).getShapeList()).containsExactly(2L, 8L, 384L);
        assertThat(grpcValues).hasSize(restOutput.get("data").size());
        for (int i = 0; i < grpcValues.length; i++) {
            assertThat(grpcValues[i])
                    .as("element %d", i)
                    .isEqualTo(restOutput.get("data").get(i).floatValue());
        }
    }

    @Test
    void requestedOutputsAndTheTimeoutParameterAreHonoured() {
        ModelInferResponse response = stub().modelInfer(GrpcClient.withRawInput(
                        ModelInferRequest.newBuilder()
                                .setModelName("classifier")
                                .setModelVersion("1")
                                .putParameters(
                                        "timeout",
                                        InferParameter.newBuilder()
                                                .setInt64Param(30_000_000)
                                                .build())
                                .addOutputs(ModelInferRequest.InferRequestedOutputTensor.newBuilder()
                                        .setName("output")),
                        Fixtures.classifierInput(1, 1))
                .build());

        assertThat(response.getOutputsCount()).isEqualTo(1);
        assertThat(response.getRawOutputContentsCount()).isEqualTo(1);
    }

    static Stream<Arguments> badRequests() {
        Tensor good = Fixtures.classifierInput(1, 5);
        return Stream.of(
                Arguments.of(
                        "unknown model",
                        (UnaryOperator<ModelInferRequest.Builder>)
                                r -> GrpcClient.withRawInput(r.setModelName("nothing-here"), good),
                        Status.Code.NOT_FOUND,
                        "nothing-here"),
                Arguments.of(
                        "unknown version",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> GrpcClient.withRawInput(
                                r.setModelName("classifier").setModelVersion("9"), good),
                        Status.Code.NOT_FOUND,
                        "9"),
                Arguments.of(
                        "a version that is no number",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> GrpcClient.withRawInput(
                                r.setModelName("classifier").setModelVersion("latest"), good),
                        Status.Code.INVALID_ARGUMENT,
                        "version 'latest'"),
                Arguments.of(
                        "a wrong shape",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> GrpcClient.withRawInput(
                                r.setModelName("classifier"),
                                Tensor.ofFloats("input", new long[] {1, 5}, new float[5])),
                        Status.Code.INVALID_ARGUMENT,
                        "shape"),
                Arguments.of(
                        "a wrong datatype",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> GrpcClient.withRawInput(
                                r.setModelName("classifier"),
                                Tensor.ofDoubles("input", new long[] {1, 4}, new double[4])),
                        Status.Code.INVALID_ARGUMENT,
                        "FP64"),
                Arguments.of(
                        "raw contents shorter than the shape",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> r.setModelName("classifier")
                                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                                        .setName("input")
                                        .setDatatype("FP32")
                                        .addAllShape(List.of(1L, 4L)))
                                .addRawInputContents(ByteString.copyFrom(new byte[12])),
                        Status.Code.INVALID_ARGUMENT,
                        "12 bytes"),
                Arguments.of(
                        "raw contents for some inputs only",
                        (UnaryOperator<ModelInferRequest.Builder>)
                                r -> GrpcClient.withRawInput(r.setModelName("classifier"), good)
                                        .addRawInputContents(ByteString.EMPTY),
                        Status.Code.INVALID_ARGUMENT,
                        "raw_input_contents has 2 entries"),
                Arguments.of(
                        "typed contents of the wrong count",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> r.setModelName("classifier")
                                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                                        .setName("input")
                                        .setDatatype("FP32")
                                        .addAllShape(List.of(1L, 4L))
                                        .setContents(
                                                InferTensorContents.newBuilder().addFp32Contents(1f))),
                        Status.Code.INVALID_ARGUMENT,
                        "fp32_contents"),
                Arguments.of(
                        "an unknown datatype",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> r.setModelName("classifier")
                                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                                        .setName("input")
                                        .setDatatype("FLOAT")
                                        .addAllShape(List.of(1L, 4L))),
                        Status.Code.INVALID_ARGUMENT,
                        "unknown datatype \"FLOAT\""),
                Arguments.of(
                        "more elements than a tensor may have",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> r.setModelName("classifier")
                                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                                        .setName("input")
                                        .setDatatype("FP32")
                                        .addAllShape(List.of(1_000_000L, 4L))),
                        Status.Code.INVALID_ARGUMENT,
                        "100000 elements"),
                Arguments.of(
                        "an unknown output",
                        (UnaryOperator<ModelInferRequest.Builder>)
                                r -> GrpcClient.withRawInput(r.setModelName("classifier"), good)
                                        .addOutputs(ModelInferRequest.InferRequestedOutputTensor.newBuilder()
                                                .setName("probabilities")),
                        Status.Code.INVALID_ARGUMENT,
                        "probabilities"),
                Arguments.of(
                        "no inputs",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> r.setModelName("classifier"),
                        Status.Code.INVALID_ARGUMENT,
                        "inputs"),
                Arguments.of(
                        "a message larger than the request limit",
                        (UnaryOperator<ModelInferRequest.Builder>) r -> r.setModelName("classifier")
                                .addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                                        .setName("input")
                                        .setDatatype("FP32")
                                        .addAllShape(List.of(1L, 4L)))
                                .addRawInputContents(ByteString.copyFrom(new byte[5 * 1024 * 1024])),
                        Status.Code.RESOURCE_EXHAUSTED,
                        ""));
    }

    @ParameterizedTest(name = "{0} answers {2}")
    @MethodSource("badRequests")
    void badRequestsEndWithTheProtocolsStatusCodes(
            String what, UnaryOperator<ModelInferRequest.Builder> request, Status.Code code, String mentions) {
        assertThatThrownBy(() -> stub().modelInfer(
                                request.apply(ModelInferRequest.newBuilder()).build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(code);
                    assertThat(String.valueOf(e.getStatus().getDescription())).contains(mentions);
                });
    }

    @Test
    void errorMessagesDoNotShowWhereTheRepositoryLives() {
        assertThatThrownBy(() -> stub().modelMetadata(ModelMetadataRequest.newBuilder()
                        .setName("nothing-here")
                        .build()))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
                    assertThat(e.getStatus().getDescription()).doesNotContain(temp.toString());
                });
    }

    @Test
    void streamAnswersEveryRequestAndReportsFailuresInTheStream() throws Exception {
        List<ModelStreamInferResponse> answers = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> finished = new CompletableFuture<>();
        StreamObserver<ModelInferRequest> requests = client.async().modelStreamInfer(new StreamObserver<>() {
            @Override
            public void onNext(ModelStreamInferResponse value) {
                answers.add(value);
            }

            @Override
            public void onError(Throwable t) {
                finished.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                finished.complete(null);
            }
        });
        for (int i = 0; i < 3; i++) {
            requests.onNext(GrpcClient.withRawInput(
                            ModelInferRequest.newBuilder()
                                    .setModelName("classifier")
                                    .setId("s" + i),
                            Fixtures.classifierInput(1, i))
                    .build());
        }
        requests.onNext(GrpcClient.withRawInput(
                        ModelInferRequest.newBuilder()
                                .setModelName("nothing-here")
                                .setId("bad"),
                        Fixtures.classifierInput(1, 9))
                .build());
        requests.onCompleted();
        finished.get(60, TimeUnit.SECONDS);

        assertThat(answers).hasSize(4);
        assertThat(answers)
                .filteredOn(answer -> answer.getErrorMessage().isEmpty())
                .extracting(answer -> answer.getInferResponse().getId())
                .containsExactlyInAnyOrder("s0", "s1", "s2");
        ModelStreamInferResponse failed = answers.stream()
                .filter(answer -> !answer.getErrorMessage().isEmpty())
                .findFirst()
                .orElseThrow();
        assertThat(failed.getInferResponse().getId()).isEqualTo("bad");
        assertThat(failed.getErrorMessage()).startsWith("NOT_FOUND").contains("nothing-here");
    }

    @Test
    void modelConfigIsTritonsConfigurationOfTheServedVersion() {
        ModelConfig config = stub().modelConfig(
                        ModelConfigRequest.newBuilder().setName("classifier").build())
                .getConfig();

        assertThat(config.getName()).isEqualTo("classifier");
        assertThat(config.getPlatform()).isEqualTo("onnxruntime_onnx");
        assertThat(config.getBackend()).isEqualTo("onnxruntime");
        assertThat(config.getMaxBatchSize()).isEqualTo(org.mlopsconsole.runtime.ModelConfig.AUTO_MAX_BATCH_SIZE);
        assertThat(config.getInput(0).getName()).isEqualTo("input");
        assertThat(config.getInput(0).getDataType())
                .isEqualTo(org.mlopsconsole.runtime.internal.grpc.proto.DataType.TYPE_FP32);
        assertThat(config.getInput(0).getDimsList()).containsExactly(4L);
        assertThat(config.getDynamicBatching().getDefaultQueuePolicy().getMaxQueueSize())
                .isEqualTo(org.mlopsconsole.runtime.ModelConfig.DEFAULT_MAX_QUEUE_SIZE);
        assertThat(config.getInstanceGroup(0).getCount()).isEqualTo(1);
        assertThat(config.getVersionPolicy().getLatest().getNumVersions()).isEqualTo(1);
    }

    @Test
    void statisticsCountTheInferencesServed() {
        stub().modelInfer(GrpcClient.withRawInput(
                        ModelInferRequest.newBuilder().setModelName("spare"), Fixtures.classifierInput(2, 4))
                .build());

        ModelStatisticsResponse stats = stub().modelStatistics(
                        ModelStatisticsRequest.newBuilder().setName("spare").build());

        assertThat(stats.getModelStatsCount()).isEqualTo(1);
        assertThat(stats.getModelStats(0).getVersion()).isEqualTo("1");
        assertThat(stats.getModelStats(0).getInferenceCount()).isGreaterThanOrEqualTo(2);
        assertThat(stats.getModelStats(0).getInferenceStats().getSuccess().getCount())
                .isGreaterThanOrEqualTo(1);
        assertThat(stub().modelStatistics(ModelStatisticsRequest.getDefaultInstance())
                        .getModelStatsList())
                .extracting(org.mlopsconsole.runtime.internal.grpc.proto.ModelStatistics::getName)
                .contains("classifier", "minilm");
    }

    @Test
    void repositoryIndexListsTheModelsWithTheirState() {
        RepositoryIndexResponse index = stub().repositoryIndex(
                        RepositoryIndexRequest.newBuilder().setReady(true).build());

        assertThat(index.getModelsList())
                .filteredOn(model -> model.getName().equals("minilm"))
                .singleElement()
                .satisfies(model -> {
                    assertThat(model.getVersion()).isEqualTo("1");
                    assertThat(model.getState()).isEqualTo("READY");
                });
    }

    @Test
    void unloadThenLoadChangesWhatIsServed() throws Exception {
        stub().repositoryModelUnload(RepositoryModelUnloadRequest.newBuilder()
                .setModelName("spare")
                .build());
        assertThat(stub().modelReady(
                                ModelReadyRequest.newBuilder().setName("spare").build())
                        .getReady())
                .isFalse();

        stub().repositoryModelLoad(RepositoryModelLoadRequest.newBuilder()
                .setModelName("spare")
                .putParameters(
                        "config",
                        ModelRepositoryParameter.newBuilder()
                                .setStringParam("{\"max_batch_size\": 4}")
                                .build())
                .build());

        assertThat(stub().modelReady(
                                ModelReadyRequest.newBuilder().setName("spare").build())
                        .getReady())
                .isTrue();
        assertThat(stub().modelConfig(
                                ModelConfigRequest.newBuilder().setName("spare").build())
                        .getConfig()
                        .getMaxBatchSize())
                .isEqualTo(4);
    }

    @Test
    void aPushedModelServesItsNewVersion() throws Exception {
        stub().repositoryModelLoad(RepositoryModelLoadRequest.newBuilder()
                .setModelName("pushed")
                .putParameters(
                        "file:3/model.onnx",
                        ModelRepositoryParameter.newBuilder()
                                .setBytesParam(ByteString.copyFrom(java.nio.file.Files.readAllBytes(classifierFile)))
                                .build())
                .build());

        assertThat(stub().modelReady(ModelReadyRequest.newBuilder()
                                .setName("pushed")
                                .setVersion("3")
                                .build())
                        .getReady())
                .isTrue();
    }

    @Test
    void badLoadParametersAndModelControlOffAreRefused() {
        assertThatThrownBy(() -> stub().repositoryModelLoad(RepositoryModelLoadRequest.newBuilder()
                        .setModelName("spare")
                        .putParameters(
                                "path",
                                ModelRepositoryParameter.newBuilder()
                                        .setStringParam("/etc")
                                        .build())
                        .build()))
                .isInstanceOfSatisfying(
                        StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        try (GrpcClient noControl = new GrpcClient(readOnly.target())) {
            assertThatThrownBy(() -> noControl
                            .blocking()
                            .repositoryModelUnload(RepositoryModelUnloadRequest.newBuilder()
                                    .setModelName("spare")
                                    .build()))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
    }

    static Stream<Arguments> authorizations() {
        return Stream.of(
                Arguments.of(Optional.empty(), Status.Code.UNAUTHENTICATED),
                Arguments.of(Optional.of("Bearer wrong"), Status.Code.UNAUTHENTICATED),
                Arguments.of(Optional.of(TOKEN), Status.Code.UNAUTHENTICATED),
                Arguments.of(Optional.of("Bearer " + TOKEN), Status.Code.OK),
                Arguments.of(Optional.of("bearer  " + TOKEN), Status.Code.OK));
    }

    @ParameterizedTest(name = "authorization {0}: {1}")
    @MethodSource("authorizations")
    void aServerWithATokenAnswersOnlyCallsThatSendIt(Optional<String> authorization, Status.Code code) {
        try (GrpcClient caller = new GrpcClient(guarded.target(), authorization)) {
            Status.Code answered;
            try {
                caller.blocking().serverLive(ServerLiveRequest.getDefaultInstance());
                caller.blocking()
                        .modelInfer(GrpcClient.withRawInput(
                                        ModelInferRequest.newBuilder().setModelName("classifier"),
                                        Fixtures.classifierInput(1, 2))
                                .build());
                answered = Status.Code.OK;
            } catch (StatusRuntimeException e) {
                answered = e.getStatus().getCode();
            }
            assertThat(answered).isEqualTo(code);
        }
    }

    /** The names and numbers the wire carries, as the protocol's files give them. */
    static Stream<Arguments> wireFields() {
        return Stream.of(
                Arguments.of("ModelInferRequest", "model_name", 1),
                Arguments.of("ModelInferRequest", "model_version", 2),
                Arguments.of("ModelInferRequest", "id", 3),
                Arguments.of("ModelInferRequest", "parameters", 4),
                Arguments.of("ModelInferRequest", "inputs", 5),
                Arguments.of("ModelInferRequest", "outputs", 6),
                Arguments.of("ModelInferRequest", "raw_input_contents", 7),
                Arguments.of("ModelInferResponse", "outputs", 5),
                Arguments.of("ModelInferResponse", "raw_output_contents", 6),
                Arguments.of("InferTensorContents", "fp32_contents", 6),
                Arguments.of("InferTensorContents", "bytes_contents", 8),
                Arguments.of("InferParameter", "uint64_param", 5),
                Arguments.of("ModelMetadataResponse", "outputs", 5),
                Arguments.of("ModelMetadataResponse", "properties", 6),
                Arguments.of("ModelStreamInferResponse", "infer_response", 2),
                Arguments.of("ModelStatistics", "response_stats", 9),
                Arguments.of("RepositoryModelLoadRequest", "parameters", 3),
                Arguments.of("ModelConfig", "max_batch_size", 4),
                Arguments.of("ModelConfig", "dynamic_batching", 11),
                Arguments.of("ModelConfig", "instance_group", 7),
                Arguments.of("ModelConfig", "backend", 17),
                Arguments.of("ModelConfig", "response_cache", 24),
                Arguments.of("ModelInput", "dims", 4),
                Arguments.of("ModelOutput", "dims", 3),
                Arguments.of("ModelInstanceGroup", "kind", 4));
    }

    @ParameterizedTest(name = "{0}.{1} = {2}")
    @MethodSource("wireFields")
    void messagesCarryTheProtocolsFieldNumbers(String message, String field, int number) {
        Descriptors.Descriptor descriptor = GrpcServiceProto.getDescriptor().findMessageTypeByName(message);
        if (descriptor == null) {
            descriptor = ModelConfigProto.getDescriptor().findMessageTypeByName(message);
        }
        assertThat(descriptor.getFullName()).isEqualTo("inference." + message);
        assertThat(descriptor.findFieldByName(field).getNumber()).isEqualTo(number);
    }

    @Test
    void theServiceIsTheProtocolsService() {
        assertThat(GRPCInferenceServiceGrpc.SERVICE_NAME).isEqualTo("inference.GRPCInferenceService");
        assertThat(GRPCInferenceServiceGrpc.getServiceDescriptor().getMethods())
                .extracting(method -> method.getBareMethodName())
                .containsExactlyInAnyOrder(
                        "ServerLive",
                        "ServerReady",
                        "ModelReady",
                        "ServerMetadata",
                        "ModelMetadata",
                        "ModelInfer",
                        "ModelStreamInfer",
                        "ModelConfig",
                        "ModelStatistics",
                        "RepositoryIndex",
                        "RepositoryModelLoad",
                        "RepositoryModelUnload");
    }
}
