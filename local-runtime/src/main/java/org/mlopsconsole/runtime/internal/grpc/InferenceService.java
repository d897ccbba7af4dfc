package org.mlopsconsole.runtime.internal.grpc;

import io.grpc.Context;
import io.grpc.Deadline;
import io.grpc.Status;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelControl;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.internal.grpc.proto.GRPCInferenceServiceGrpc;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelConfigRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelConfigResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelMetadataRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelMetadataResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelReadyRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelReadyResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelRepositoryParameter;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelStatisticsRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelStatisticsResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelStreamInferResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryIndexRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryIndexResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryModelLoadRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryModelLoadResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryModelUnloadRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.RepositoryModelUnloadResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerLiveRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerLiveResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerMetadataRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerMetadataResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerReadyRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ServerReadyResponse;
import org.mlopsconsole.runtime.internal.http.RuntimeVersion;

/**
 * {@code inference.GRPCInferenceService} over the runtime's in-process API: every method calls
 * the {@link LocalRuntime} the REST endpoints call, so the protocol's rules (versions, shapes,
 * batching, queues, readiness) are the runtime's, once. Inference is asynchronous: a call holds no
 * thread while it waits, and answers are built on the answering executor, never on an inference
 * thread.
 */
final class InferenceService extends GRPCInferenceServiceGrpc.GRPCInferenceServiceImplBase {

    /** What this edge serves: no binary_tensor_data (REST's); raw contents are gRPC's own. */
    static final List<String> EXTENSIONS = List.of("model_repository", "model_configuration", "statistics");

    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern UPLOAD = Pattern.compile("file:([1-9][0-9]{0,17})/model\\.onnx");

    private final LocalRuntime runtime;
    private final TensorMessages tensors;
    private final GrpcErrors errors;
    private final ModelControl modelControl;
    private final Executor answering;
    /** Inferences admitted at once, as many as the REST edge serves connections. */
    private final Semaphore inFlight;

    private final int maxInFlight;

    InferenceService(
            LocalRuntime runtime,
            TensorMessages tensors,
            GrpcErrors errors,
            ModelControl modelControl,
            Executor answering,
            int maxInFlight) {
        this.runtime = runtime;
        this.tensors = tensors;
        this.errors = errors;
        this.modelControl = modelControl;
        this.answering = answering;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    @Override
    public void serverLive(ServerLiveRequest request, StreamObserver<ServerLiveResponse> answer) {
        reply(
                answer,
                () -> ServerLiveResponse.newBuilder().setLive(runtime.live()).build());
    }

    @Override
    public void serverReady(ServerReadyRequest request, StreamObserver<ServerReadyResponse> answer) {
        reply(
                answer,
                () -> ServerReadyResponse.newBuilder().setReady(runtime.ready()).build());
    }

    @Override
    public void modelReady(ModelReadyRequest request, StreamObserver<ModelReadyResponse> answer) {
        reply(
                answer,
                () -> ModelReadyResponse.newBuilder()
                        .setReady(runtime.modelReady(request.getName(), version(request.getVersion())))
                        .build());
    }

    @Override
    public void serverMetadata(ServerMetadataRequest request, StreamObserver<ServerMetadataResponse> answer) {
        reply(
                answer,
                () -> ServerMetadataResponse.newBuilder()
                        .setName(RuntimeVersion.SERVER_NAME)
                        .setVersion(RuntimeVersion.version())
                        .addAllExtensions(EXTENSIONS)
                        .build());
    }

    @Override
    public void modelMetadata(ModelMetadataRequest request, StreamObserver<ModelMetadataResponse> answer) {
        reply(
                answer,
                () -> RuntimeMessages.metadata(runtime.metadata(request.getName(), version(request.getVersion()))));
    }

    @Override
    public void modelConfig(ModelConfigRequest request, StreamObserver<ModelConfigResponse> answer) {
        reply(answer, () -> {
            OptionalLong version = version(request.getVersion());
            ServedModel served = runtime.served(request.getName(), version);
            return ModelConfigResponse.newBuilder()
                    .setConfig(RuntimeMessages.config(runtime.config(request.getName(), version), served))
                    .build();
        });
    }

    @Override
    public void modelStatistics(ModelStatisticsRequest request, StreamObserver<ModelStatisticsResponse> answer) {
        reply(answer, () -> {
            Optional<String> model = request.getName().isEmpty() ? Optional.empty() : Optional.of(request.getName());
            ModelStatisticsResponse.Builder message = ModelStatisticsResponse.newBuilder();
            runtime.statistics(model, version(request.getVersion()))
                    .forEach(stats -> message.addModelStats(RuntimeMessages.statistics(stats)));
            return message.build();
        });
    }

    @Override
    public void repositoryIndex(RepositoryIndexRequest request, StreamObserver<RepositoryIndexResponse> answer) {
        reply(answer, () -> {
            RepositoryIndexResponse.Builder message = RepositoryIndexResponse.newBuilder();
            for (ModelState state : runtime.index()) {
                if (request.getReady() && !state.ready()) {
                    continue;
                }
                RepositoryIndexResponse.ModelIndex.Builder index = RepositoryIndexResponse.ModelIndex.newBuilder()
                        .setName(state.name())
                        .setState(state.state().name())
                        .setReason(errors.scrub(state.reason()));
                state.version().ifPresent(version -> index.setVersion(Long.toString(version)));
                message.addModels(index);
            }
            return message.build();
        });
    }

    /**
     * Load or reload; with "file:<version>/model.onnx" (bytes_param) and "config" (string_param),
     * a push, as the REST load takes them.
     */
    @Override
    public void repositoryModelLoad(
            RepositoryModelLoadRequest request, StreamObserver<RepositoryModelLoadResponse> answer) {
        CompletableFuture<List<ModelState>> loaded;
        String model;
        try {
            requireModelControl();
            model = ModelRepository.requireValidName(request.getModelName());
            store(model, request);
            loaded = runtime.load(model);
        } catch (RuntimeException e) {
            answer.onError(errors.status(e));
            return;
        }
        loaded.whenCompleteAsync(
                (states, failure) -> {
                    if (failure != null) {
                        answer.onError(errors.status(failure));
                    } else if (states.stream().noneMatch(ModelState::ready)) {
                        String reasons = String.join(
                                "; ", states.stream().map(ModelState::reason).toList());
                        answer.onError(Status.INVALID_ARGUMENT
                                .withDescription(errors.scrub("failed to load '" + model + "': " + reasons))
                                .asRuntimeException());
                    } else {
                        answer.onNext(RepositoryModelLoadResponse.getDefaultInstance());
                        answer.onCompleted();
                    }
                },
                answering);
    }

    private void store(String model, RepositoryModelLoadRequest request) {
        Optional<String> config = Optional.empty();
        OptionalLong uploadVersion = OptionalLong.empty();
        byte[] upload = null;
        for (var parameter : request.getParametersMap().entrySet()) {
            String key = parameter.getKey();
            ModelRepositoryParameter value = parameter.getValue();
            Matcher file = UPLOAD.matcher(key);
            if (key.equals("config")) {
                if (value.getParameterChoiceCase() != ModelRepositoryParameter.ParameterChoiceCase.STRING_PARAM) {
                    throw new InvalidInputException(
                            "parameters.config must be the model configuration as a JSON string (string_param)");
                }
                config = Optional.of(value.getStringParam());
            } else if (file.matches()) {
                if (upload != null) {
                    throw new InvalidInputException("upload one model file per load request");
                }
                if (value.getParameterChoiceCase() != ModelRepositoryParameter.ParameterChoiceCase.BYTES_PARAM) {
                    throw new InvalidInputException("'" + key + "' must hold the file as bytes_param");
                }
                uploadVersion = OptionalLong.of(Long.parseLong(file.group(1)));
                upload = value.getBytesParam().toByteArray();
            } else {
                throw new InvalidInputException("unknown load parameter '" + key
                        + "'; give \"config\" or upload a model as \"file:<version>/model.onnx\"");
            }
        }
        if (upload != null) {
            runtime.repository().storeUpload(model, uploadVersion, upload, config);
        } else if (config.isPresent()) {
            runtime.repository().storeConfig(model, config.get());
        }
    }

    @Override
    public void repositoryModelUnload(
            RepositoryModelUnloadRequest request, StreamObserver<RepositoryModelUnloadResponse> answer) {
        CompletableFuture<List<ModelState>> unloaded;
        try {
            requireModelControl();
            unloaded = runtime.unload(request.getModelName());
        } catch (RuntimeException e) {
            answer.onError(errors.status(e));
            return;
        }
        unloaded.whenCompleteAsync(
                (states, failure) -> {
                    if (failure != null) {
                        answer.onError(errors.status(failure));
                    } else {
                        answer.onNext(RepositoryModelUnloadResponse.getDefaultInstance());
                        answer.onCompleted();
                    }
                },
                answering);
    }

    private void requireModelControl() {
        if (!modelControl.allowsRepositoryEndpoints()) {
            throw Status.PERMISSION_DENIED
                    .withDescription("model control is off on this server (--model-control none): models change"
                            + " only in its repository folder")
                    .asRuntimeException();
        }
    }

    @Override
    public void modelInfer(ModelInferRequest request, StreamObserver<ModelInferResponse> answer) {
        ServerCallStreamObserver<ModelInferResponse> call = (ServerCallStreamObserver<ModelInferResponse>) answer;
        call.setOnCancelHandler(() -> {}); // the client left: its answer is dropped below
        infer(request)
                .whenCompleteAsync(
                        (response, failure) -> {
                            if (call.isCancelled()) {
                                return;
                            }
                            if (failure != null) {
                                call.onError(errors.status(failure));
                            } else {
                                call.onNext(response);
                                call.onCompleted();
                            }
                        },
                        answering);
    }

    /**
     * Requests in, answers out in the order they complete (each echoes its request's id); a failed
     * request answers with error_message and the stream goes on, as Triton's does.
     */
    @Override
    public StreamObserver<ModelInferRequest> modelStreamInfer(StreamObserver<ModelStreamInferResponse> answer) {
        return new InferStream((ServerCallStreamObserver<ModelStreamInferResponse>) answer);
    }

    private final class InferStream implements StreamObserver<ModelInferRequest> {
        private final ServerCallStreamObserver<ModelStreamInferResponse> call;
        private int pending;
        private boolean halfClosed;
        private boolean done;

        InferStream(ServerCallStreamObserver<ModelStreamInferResponse> call) {
            this.call = call;
            call.setOnCancelHandler(() -> {
                synchronized (this) {
                    done = true;
                }
            });
        }

        @Override
        public void onNext(ModelInferRequest request) {
            synchronized (this) {
                pending++;
            }
            infer(request)
                    .whenCompleteAsync(
                            (response, failure) -> {
                                ModelStreamInferResponse.Builder message = ModelStreamInferResponse.newBuilder();
                                if (failure != null) {
                                    message.setErrorMessage(errors.message(failure))
                                            .setInferResponse(ModelInferResponse.newBuilder()
                                                    .setModelName(request.getModelName())
                                                    .setModelVersion(request.getModelVersion())
                                                    .setId(request.getId()));
                                } else {
                                    message.setInferResponse(response);
                                }
                                answered(message.build());
                            },
                            answering);
        }

        private synchronized void answered(ModelStreamInferResponse message) {
            pending--;
            if (done) {
                return;
            }
            call.onNext(message);
            if (halfClosed && pending == 0) {
                done = true;
                call.onCompleted();
            }
        }

        @Override
        public synchronized void onError(Throwable failure) {
            done = true; // the client cancelled: nothing more is sent
        }

        @Override
        public synchronized void onCompleted() {
            halfClosed = true;
            if (pending == 0 && !done) {
                done = true;
                call.onCompleted();
            }
        }
    }

    /**
     * One inference through the runtime, as the REST edge makes it: the version resolved once and
     * pinned, the request admitted only while fewer than the limit are in flight.
     */
    private CompletableFuture<ModelInferResponse> infer(ModelInferRequest message) {
        if (!inFlight.tryAcquire()) {
            return CompletableFuture.failedFuture(Status.RESOURCE_EXHAUSTED
                    .withDescription("the server is answering " + maxInFlight + " inferences already; retry later")
                    .asRuntimeException());
        }
        CompletableFuture<ModelInferResponse> answered;
        try {
            ServedModel served = runtime.served(message.getModelName(), version(message.getModelVersion()));
            InferenceRequest request = tensors.request(message, served, deadlineMicros());
            answered = runtime.infer(request).thenApply(tensors::response);
        } catch (RuntimeException e) {
            answered = CompletableFuture.failedFuture(e);
        }
        answered.whenComplete((response, failure) -> inFlight.release());
        return answered;
    }

    /** What is left of the client's deadline, so the runtime's queue drops a request nobody awaits. */
    private static OptionalLong deadlineMicros() {
        Deadline deadline = Context.current().getDeadline();
        return deadline == null
                ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, deadline.timeRemaining(TimeUnit.MICROSECONDS)));
    }

    private static OptionalLong version(String text) {
        if (text.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!VERSION.matcher(text).matches()) {
            throw new InvalidInputException("version '" + text + "' is not a version number");
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    private <T> void reply(StreamObserver<T> answer, Supplier<T> message) {
        T built;
        try {
            built = message.get();
        } catch (RuntimeException e) {
            answer.onError(errors.status(e));
            return;
        }
        answer.onNext(built);
        answer.onCompleted();
    }
}
