package org.mlopsconsole.app.deployments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.EmptyState;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.app.deployments.RuntimeServerControl.RunningServer;
import org.mlopsconsole.runtime.GrpcServer;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.ModelStage;
import org.mlopsconsole.runtime.ModelState;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.OipJson;
import org.mlopsconsole.runtime.PipelineConfig;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.TensorSpec;

/**
 * The Deployments section: the repository's models and versions, their import, deployment and
 * stage, the inference server, and a "try it" panel. Everything that touches files, ONNX Runtime
 * or the network runs on the background executor; results are published on the UI executor.
 */
public final class DeploymentsViewModel {

    /** What the versions table says before any model is imported. */
    public static final EmptyState NO_MODELS = new EmptyState(
            "No models in the repository yet.",
            "Import an .onnx file with \"Import .onnx…\" above, or drop one on this section.");

    static final String READY = "Ready";
    static final String NOT_DEPLOYED = "Not deployed";
    static final String NOT_STARTED = "Runtime: not started";
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);
    /** The import progress when no import runs (a progress bar hides at this value). */
    public static final double NO_IMPORT = -2;

    private static final ObjectMapper PRETTY = new ObjectMapper();

    private final LocalRuntime runtime;
    /** The server's own codec: an in-process answer reads as the HTTP one would. */
    private final OipJson json = OipJson.withDefaults();

    private final RuntimeServerControl server;
    private final DeploymentMemory memory;
    private final StringProperty runtimeStatus;
    private final Executor background;
    private final Executor ui;
    private final HttpClient http;
    private final ObservableList<ModelVersionRow> versions = FXCollections.observableArrayList();
    private final ObjectProperty<ModelVersionRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper signature = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper pipelineSteps = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** Whether the message reports a failure (shown as an error); any other message clears it. */
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper();

    private final ReadOnlyDoubleWrapper importProgress = new ReadOnlyDoubleWrapper(NO_IMPORT);
    /** The import under way, if any; cancelling it stops the copy before anything is stored. */
    private volatile ImportCopy currentImport;

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /** Actions under way; touched on the UI executor only. */
    private int running;

    private final StringProperty host = new SimpleStringProperty(ServerOptions.DEFAULT_HOST);
    private final StringProperty port = new SimpleStringProperty(Integer.toString(ServerOptions.DEFAULT_PORT));
    private final StringProperty grpcPort = new SimpleStringProperty(Integer.toString(GrpcServer.DEFAULT_PORT));
    private final StringProperty token = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper serverRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper serverAddress = new ReadOnlyStringWrapper("Not started");
    private final StringProperty requestJson = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper responseJson = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper("");

    /**
     * @param runtimeStatus the status bar's runtime label, kept in step with the server
     */
    public DeploymentsViewModel(
            LocalRuntime runtime,
            RuntimeServerControl server,
            StringProperty runtimeStatus,
            Executor background,
            Executor ui) {
        this(
                runtime,
                server,
                DeploymentMemory.none(),
                CompletableFuture.completedFuture(""),
                runtimeStatus,
                background,
                ui);
    }

    /**
     * @param memory where deployments and the server's settings are remembered for the next start
     * @param restored what the app brought back from the last session when it started ("" for
     *     nothing); shown as the message once done
     */
    public DeploymentsViewModel(
            LocalRuntime runtime,
            RuntimeServerControl server,
            DeploymentMemory memory,
            CompletableFuture<String> restored,
            StringProperty runtimeStatus,
            Executor background,
            Executor ui) {
        this.runtime = runtime;
        this.server = server;
        this.memory = memory;
        this.runtimeStatus = runtimeStatus;
        this.background = background;
        this.ui = ui;
        this.http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();
        selected.addListener((observable, old, row) -> selectionChanged(old, row));
        message.addListener((observable, old, text) -> messageIsError.set(false));
        server.running().ifPresentOrElse(this::showServer, this::showServerStopped);
        // on the background executor: a restore already done would read the file on the UI thread
        restored.thenApplyAsync(summary -> new Restored(summary, memory.load().server()), background)
                .thenAcceptAsync(this::showRestored, ui);
    }

    /** What the start brought back, and the server settings remembered, read off the UI thread. */
    private record Restored(String summary, Optional<DeploymentMemory.ServerSettings> server) {}

    /** The restore finished (at app start, perhaps before this section opened): show what it did. */
    private void showRestored(Restored restored) {
        // the fields show what the server was started with, so a stop and start keeps it
        restored.server().ifPresent(settings -> {
            host.set(settings.host());
            port.set(Integer.toString(settings.port()));
            grpcPort.set(
                    settings.grpcPort().isPresent()
                            ? Integer.toString(settings.grpcPort().getAsInt())
                            : "");
        });
        server.running().ifPresentOrElse(this::showServer, this::showServerStopped);
        if (!restored.summary().isEmpty()) {
            run(restored::summary, "Could not read the model repository");
        }
    }

    public ObservableList<ModelVersionRow> versions() {
        return versions;
    }

    public ObjectProperty<ModelVersionRow> selectedProperty() {
        return selected;
    }

    /** The selected version's inputs and outputs, one per line. */
    public ReadOnlyStringProperty signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    /** What the last action did, or why it failed. */
    /** The selected pipeline's steps, one a line; empty for a model version. */
    public ReadOnlyStringProperty pipelineStepsProperty() {
        return pipelineSteps.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private void started() {
        busy.set(++running > 0);
    }

    private void finished() {
        busy.set(--running > 0);
    }

    /** Whether an action is under way (the buttons that would start another wait). */
    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** The running import's share copied (0..1), or {@link #NO_IMPORT} when none runs. */
    public ReadOnlyDoubleProperty importProgressProperty() {
        return importProgress.getReadOnlyProperty();
    }

    /** Stops the running import's copy; nothing is stored. No effect when no import runs. */
    public void cancelImport() {
        ImportCopy copy = currentImport;
        if (copy != null) {
            copy.cancel();
        }
    }

    private void showError(String text) {
        message.set(text);
        messageIsError.set(true);
    }

    /**
     * The JSON indented for reading; text that is not JSON (an HTTP error page) stays as it came.
     */
    static String prettyJson(String body) {
        try {
            return PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(PRETTY.readTree(body));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return body;
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    /** The gRPC port (Triton's 8001 by default, 0 for any free port); blank serves REST only. */
    public StringProperty grpcPortProperty() {
        return grpcPort;
    }

    /** The bearer token to require; empty for none (only allowed on a loopback address). */
    public StringProperty tokenProperty() {
        return token;
    }

    public ReadOnlyBooleanProperty serverRunningProperty() {
        return serverRunning.getReadOnlyProperty();
    }

    /** Where the server listens, and its token when one is set. */
    public ReadOnlyStringProperty serverAddressProperty() {
        return serverAddress.getReadOnlyProperty();
    }

    /** The "try it" request: built from the signature, editable by the user. */
    public StringProperty requestJsonProperty() {
        return requestJson;
    }

    public ReadOnlyStringProperty responseJsonProperty() {
        return responseJson.getReadOnlyProperty();
    }

    /** How long the last "try it" call took, and over which path. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    /** A model name for a dropped or chosen file: its name without .onnx, other characters replaced. */
    public static String suggestedName(Path file) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".onnx")) {
            name = name.substring(0, name.length() - ".onnx".length());
        }
        String cleaned = name.replaceAll("[^A-Za-z0-9_.-]", "-").replaceAll("^\\.+", "");
        return cleaned.isEmpty() ? "model" : cleaned;
    }

    /**
     * The tokenizer.json found beside an ONNX file, which the import proposes for a text pipeline:
     * {@code tokenizer.json} in the same folder, or {@code <name>-tokenizer.json} as model jars
     * ship it.
     */
    public static Optional<Path> proposedTokenizer(Path onnxFile) {
        Path folder = onnxFile.toAbsolutePath().getParent();
        if (folder == null) {
            return Optional.empty();
        }
        String stem = onnxFile.getFileName().toString().replaceFirst("(?i)\\.onnx$", "");
        return java.util.stream.Stream.of(stem + "-tokenizer.json", PipelineConfig.DEFAULT_TOKENIZER_FILE)
                .map(folder::resolve)
                .filter(java.nio.file.Files::isRegularFile)
                .findFirst();
    }

    /** The name of the text pipeline an import with a tokenizer makes beside the model. */
    public static String textPipelineName(String model) {
        return model.strip() + "-text";
    }

    /** Reads the repository and the runtime's index again. */
    public CompletableFuture<Void> refresh() {
        return run(() -> "", "Could not read the model repository");
    }

    /**
     * Copies an ONNX file into the repository as the next version of {@code name}. The file is
     * first copied to a staging file with progress (a large model from a slow disk takes a while,
     * and the copy can be cancelled), then checked and stored from there.
     */
    public CompletableFuture<Void> importModel(Path file, String name) {
        return importModel(file, name, Optional.empty());
    }

    /**
     * As {@link #importModel(Path, String)}, and with a tokenizer also an embedding pipeline
     * {@code <name>-text} (mean pooling, L2-normalized) that takes text; the tokenizer is checked
     * before the model is stored and copied into the repository.
     */
    public CompletableFuture<Void> importModel(Path file, String name, Optional<Path> tokenizer) {
        Optional<PipelineConfig> pipeline = tokenizer.map(ignored -> new PipelineConfig(
                name.strip(),
                Optional.of(PipelineConfig.Tokenization.of(
                        PipelineConfig.DEFAULT_TOKENIZER_FILE, PipelineConfig.DEFAULT_MAX_LENGTH)),
                Optional.of(new PipelineConfig.Pooling(PipelineConfig.PoolingMode.MEAN, true, Optional.empty()))));
        java.util.Map<String, Path> sources = tokenizer
                .map(t -> java.util.Map.of(PipelineConfig.DEFAULT_TOKENIZER_FILE, t))
                .orElse(java.util.Map.of());
        ImportCopy copy = new ImportCopy(file, progress -> ui.execute(() -> importProgress.set(progress)));
        currentImport = copy;
        importProgress.set(0);
        return run(
                        () -> {
                            pipeline.ifPresent(config -> ModelRepository.checkPipelineFiles(config, sources));
                            Path staged = copy.stage();
                            try {
                                ModelVersionRecord record =
                                        runtime.repository().importModel(staged, name.strip(), OptionalLong.empty());
                                pipeline.ifPresent(config ->
                                        runtime.repository().storePipeline(textPipelineName(name), config, sources));
                                return "Imported " + file.getFileName() + " as " + record.name() + " version "
                                        + record.version()
                                        + pipeline.map(p -> ", with the text pipeline " + textPipelineName(name))
                                                .orElse("");
                            } finally {
                                ImportCopy.deleteQuietly(staged);
                            }
                        },
                        "Could not import " + file.getFileName())
                .whenCompleteAsync(
                        (ignored, failure) -> {
                            if (currentImport == copy) {
                                currentImport = null;
                                importProgress.set(NO_IMPORT);
                            }
                        },
                        ui);
    }

    /** Loads the model (all versions its policy serves); ready once warmed up. */
    public CompletableFuture<Void> deploy(ModelVersionRow row) {
        return run(
                () -> {
                    String done = loaded(runtime.load(row.model()).join(), "Deployed");
                    memory.deployed(row.model());
                    return done;
                },
                "Could not deploy " + row.model());
    }

    /** Reloads the model blue/green: the old version serves until the new load is warm. */
    public CompletableFuture<Void> reload(ModelVersionRow row) {
        return run(() -> loaded(runtime.load(row.model()).join(), "Reloaded"), "Could not reload " + row.model());
    }

    public CompletableFuture<Void> undeploy(ModelVersionRow row) {
        return run(
                () -> {
                    runtime.unload(row.model()).join();
                    memory.undeployed(row.model());
                    return "Undeployed " + row.model();
                },
                "Could not undeploy " + row.model());
    }

    public CompletableFuture<Void> changeStage(ModelVersionRow row, ModelStage stage) {
        if (row.pipeline()) {
            showError("Pipeline " + row.model() + " has no versions of its own to stage: stage its model's versions");
            return CompletableFuture.completedFuture(null);
        }
        return run(
                () -> {
                    runtime.repository().setStage(row.model(), row.version(), stage);
                    return row.model() + " version " + row.version() + " is now in stage "
                            + stage.name().toLowerCase(Locale.ROOT);
                },
                "Could not change the stage of " + row.model());
    }

    private static String loaded(List<ModelState> states, String verb) {
        List<String> failures = states.stream()
                .filter(state -> state.state() == ModelState.State.FAILED
                        || (state.state() == ModelState.State.UNAVAILABLE
                                && !state.reason().isBlank()))
                .map(ModelState::reason)
                .toList();
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
        String served = states.stream()
                .filter(ModelState::ready)
                .map(state -> state.name() + " version " + state.version().orElse(0))
                .reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
        return verb + ": " + served + " ready";
    }

    public CompletableFuture<Void> startServer() {
        ServerOptions options;
        OptionalInt grpc;
        try {
            grpc = grpcPort.get().isBlank()
                    ? OptionalInt.empty()
                    : OptionalInt.of(parsePort("gRPC port", grpcPort.get()));
            options = ServerOptions.localDefaults()
                    .withPort(parsePort("Port", port.get()))
                    .withHostAndToken(
                            host.get().strip(),
                            token.get().isBlank()
                                    ? Optional.empty()
                                    : Optional.of(token.get().strip()));
        } catch (RuntimeException e) {
            showError("Could not start the server: " + e.getMessage());
            return CompletableFuture.completedFuture(null);
        }
        started();
        DeploymentMemory.ServerSettings settings = new DeploymentMemory.ServerSettings(
                options.host(), options.port(), grpc, options.token().isPresent());
        return CompletableFuture.supplyAsync(
                        () -> {
                            RunningServer started = server.start(options, grpc);
                            memory.serverStarted(settings);
                            return started;
                        },
                        background)
                .handleAsync(
                        (running, failure) -> {
                            finished();
                            if (failure != null) {
                                showError("Could not start the server: " + Failures.message(failure));
                            } else {
                                showServer(running);
                                message.set("Serving on " + running.baseUrl()
                                        + running.grpcTarget()
                                                .map(target -> " and gRPC on " + target)
                                                .orElse(""));
                            }
                            return null;
                        },
                        ui);
    }

    public CompletableFuture<Void> stopServer() {
        started();
        return CompletableFuture.runAsync(
                        () -> {
                            server.stop();
                            memory.serverStopped();
                        },
                        background)
                .handleAsync(
                        (ignored, failure) -> {
                            finished();
                            showServerStopped();
                            if (failure == null) {
                                message.set("Server stopped");
                            } else {
                                showError("Stopping failed: " + Failures.message(failure));
                            }
                            return null;
                        },
                        ui);
    }

    private static int parsePort(String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "' is not a number");
        }
    }

    private void showServer(RunningServer running) {
        serverRunning.set(true);
        serverAddress.set(running.describe());
        runtimeStatus.set("Runtime: serving on " + running.baseUrl());
    }

    private void showServerStopped() {
        serverRunning.set(false);
        serverAddress.set("Not started");
        runtimeStatus.set(NOT_STARTED);
    }

    /** Replaces the request with an example built from the selected version's signature. */
    public void resetExampleRequest() {
        ModelVersionRow row = selected.get();
        requestJson.set(row == null ? "" : exampleRequest(row));
        responseJson.set("");
        latency.set("");
    }

    /** A "Score a file…" run for the model of the selected version, on this section's executors. */
    public ScoreFileViewModel scoreFile(ModelVersionRow row) {
        return new ScoreFileViewModel(runtime, row.model(), background, ui);
    }

    /**
     * Sends the request to the selected version: over HTTP when the server runs (to show the
     * protocol's exact JSON and latency), otherwise in process through the runtime's Java API.
     */
    public CompletableFuture<Void> tryIt() {
        ModelVersionRow row = selected.get();
        if (row == null) {
            showError("Select a model version to try");
            return CompletableFuture.completedFuture(null);
        }
        String body = requestJson.get();
        Optional<RunningServer> running = server.running();
        started();
        return CompletableFuture.supplyAsync(
                        () -> running.map(s -> overHttp(s, row, body)).orElseGet(() -> inProcess(row, body)),
                        background)
                .handleAsync(
                        (result, failure) -> {
                            finished();
                            if (failure != null) {
                                responseJson.set("");
                                latency.set("");
                                showError("The request failed: " + Failures.message(failure));
                            } else {
                                responseJson.set(prettyJson(result.body()));
                                latency.set(result.summary());
                                message.set("");
                            }
                            return null;
                        },
                        ui);
    }

    /** A text pipeline takes text: its example is a sentence, the rest come from the signature. */
    private static String exampleRequest(ModelVersionRow row) {
        if (row.pipeline() && row.signature().input(PipelineConfig.TEXT_INPUT).isPresent()) {
            return prettyJson("{\"id\": \"try-it\", \"inputs\": [{\"name\": \"text\", \"datatype\": \"BYTES\","
                    + " \"shape\": [2], \"data\": [\"hello world\", \"Type your own texts here.\"]}]}");
        }
        return OipJson.exampleRequest(row.signature());
    }

    /** A pipeline answers under its name alone: the version would be its model's. */
    private static OptionalLong version(ModelVersionRow row) {
        return row.pipeline() ? OptionalLong.empty() : OptionalLong.of(row.version());
    }

    private record TryItResult(String body, String summary) {}

    private TryItResult overHttp(RunningServer running, ModelVersionRow row, String body) {
        String url = running.baseUrl() + "/v2/models/" + row.model()
                + (row.pipeline() ? "" : "/versions/" + row.version()) + "/infer";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        running.token().ifPresent(t -> request.header("Authorization", "Bearer " + t));
        long start = System.nanoTime();
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No answer from " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while calling " + url, e);
        }
        long nanos = System.nanoTime() - start;
        return new TryItResult(
                response.body(), "HTTP " + response.statusCode() + " in " + millis(nanos) + " (POST " + url + ")");
    }

    private TryItResult inProcess(ModelVersionRow row, String body) {
        InferenceRequest request = json.decodeRequest(body, runtime.served(row.model(), version(row)));
        long start = System.nanoTime();
        InferenceResponse response = runtime.infer(request).join();
        long nanos = System.nanoTime() - start;
        return new TryItResult(
                json.encodeResponse(response),
                "In process in " + millis(nanos) + " (the server is not started: start it to call over HTTP)");
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private void selectionChanged(ModelVersionRow old, ModelVersionRow row) {
        signature.set(row == null ? "" : describe(row.signature()));
        pipelineSteps.set(row == null ? "" : stepsText(row.pipelineSteps()));
        boolean sameVersion =
                old != null && row != null && old.model().equals(row.model()) && old.version() == row.version();
        if (!sameVersion) {
            resetExampleRequest();
        }
    }

    private static String stepsText(List<String> steps) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            text.append(i + 1).append(". ").append(steps.get(i)).append('\n');
        }
        return text.toString().strip();
    }

    static String describe(ModelSignature signature) {
        StringBuilder text = new StringBuilder();
        for (TensorSpec input : signature.inputs()) {
            text.append("in  ").append(describe(input)).append('\n');
        }
        for (TensorSpec output : signature.outputs()) {
            text.append("out ").append(describe(output)).append('\n');
        }
        return text.toString().strip();
    }

    private static String describe(TensorSpec spec) {
        return spec.name() + "  " + spec.datatype() + " " + spec.shape();
    }

    /** Runs an action in the background, then reads the repository again and reports. */
    private CompletableFuture<Void> run(Supplier<String> action, String failurePrefix) {
        started();
        return CompletableFuture.supplyAsync(
                        () -> {
                            String done = action.get();
                            return new Snapshot(done, readVersions());
                        },
                        background)
                .handleAsync(
                        (snapshot, failure) -> {
                            finished();
                            if (failure != null) {
                                showError(failurePrefix + ": " + Failures.message(failure));
                                refreshQuietly();
                            } else {
                                show(snapshot.rows());
                                message.set(snapshot.done());
                            }
                            return null;
                        },
                        ui);
    }

    /** After a failure the list is read again too, without hiding the failure's message. */
    private void refreshQuietly() {
        CompletableFuture.supplyAsync(this::readVersions, background).thenAcceptAsync(this::show, ui);
    }

    private record Snapshot(String done, List<ModelVersionRow> rows) {}

    private void show(List<ModelVersionRow> rows) {
        ModelVersionRow current = selected.get();
        versions.setAll(rows);
        if (current != null) {
            selected.set(rows.stream()
                    .filter(row -> row.model().equals(current.model()) && row.version() == current.version())
                    .findFirst()
                    .orElse(null));
        }
    }

    private List<ModelVersionRow> readVersions() {
        ModelRepository repository = runtime.repository();
        List<ModelState> index = runtime.index();
        List<ModelVersionRow> rows = new ArrayList<>();
        for (String model : repository.modelNames()) {
            pipelineRow(repository, index, model).ifPresent(rows::add);
            for (long version : repository.versions(model)) {
                ModelVersionRecord record = repository.describe(model, version);
                rows.add(new ModelVersionRow(
                        model,
                        version,
                        record.stage(),
                        state(index, model, version),
                        record.sizeBytes(),
                        record.sha256(),
                        record.signature()));
            }
        }
        return rows;
    }

    /** A pipeline as a row of version 0, its signature over its model's newest version. */
    private static Optional<ModelVersionRow> pipelineRow(
            ModelRepository repository, List<ModelState> index, String name) {
        Optional<PipelineConfig> pipeline;
        try {
            pipeline = repository.config(name).pipeline();
        } catch (RuntimeException e) {
            return Optional.empty(); // a broken config.json shows as the model's load failure
        }
        return pipeline.map(config -> new ModelVersionRow(
                name,
                0,
                ModelStage.NONE,
                index.stream()
                        .filter(state -> state.name().equals(name))
                        .findFirst()
                        .map(DeploymentsViewModel::describe)
                        .orElse(NOT_DEPLOYED),
                0,
                "",
                pipelineSignature(repository, config),
                config.describeSteps()));
    }

    private static ModelSignature pipelineSignature(ModelRepository repository, PipelineConfig config) {
        try {
            List<Long> versions = repository.versions(config.model());
            if (!versions.isEmpty()) {
                return config.signature(repository
                        .describe(config.model(), versions.get(versions.size() - 1))
                        .signature());
            }
        } catch (RuntimeException e) {
            // the model is missing or does not fit: the load says why; show what the config declares
        }
        return new ModelSignature(
                config.preprocess().isPresent()
                        ? List.of(new TensorSpec(
                                PipelineConfig.TEXT_INPUT, org.mlopsconsole.runtime.DataType.BYTES, List.of(-1L)))
                        : List.of(),
                List.of());
    }

    private static String state(List<ModelState> index, String model, long version) {
        return index.stream()
                .filter(state -> state.name().equals(model)
                        && state.version().isPresent()
                        && state.version().getAsLong() == version)
                .findFirst()
                .map(DeploymentsViewModel::describe)
                .orElse(NOT_DEPLOYED);
    }

    private static String describe(ModelState state) {
        return switch (state.state()) {
            case READY -> READY;
            case LOADING -> "Loading";
            case FAILED -> "Failed: " + state.reason();
            case UNAVAILABLE -> state.reason().isBlank() ? NOT_DEPLOYED : "Unavailable: " + state.reason();
        };
    }
}
