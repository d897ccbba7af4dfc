package org.mlopsconsole.runtime.bench;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.mlopsconsole.runtime.GrpcServer;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.TestModels;
import org.mlopsconsole.runtime.internal.grpc.proto.GRPCInferenceServiceGrpc;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferRequest;

/**
 * Requests per second of MiniLM int8 (one sentence of 16 tokens per request, dynamic batching up
 * to 32) over the three edges in one run, each at the same concurrency (16 by default) of
 * closed-loop clients in this process: gRPC with raw contents, REST with JSON in and out, and REST
 * with the binary tensor data extension in and out. Prints requests per second, p50 latency and the
 * machine's load average after each. Not a test; see docs/performance.md.
 */
public final class GrpcThroughputBenchmark {

    private static final int TOKENS = 16;
    private static final String CONFIG = "{\"max_batch_size\": 32, \"max_queue_size\": 1024}";

    private GrpcThroughputBenchmark() {}

    /** One way of sending the request; returns the answer's size, so nothing is optimised away. */
    private interface Call {
        long send() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 10);
        int concurrency = Integer.getInteger("bench.concurrency", 16);
        Path work = Files.createTempDirectory("grpc-bench");
        ModelRepository repository = ModelRepository.open(work.resolve("repo"));
        repository.importModel(
                TestModels.miniLmQuantized(work.resolve("minilm-q.onnx")), "minilm", OptionalLong.empty());
        Files.writeString(work.resolve("repo/minilm/config.json"), CONFIG);
        System.out.printf(
                Locale.ROOT,
                "MiniLM int8, %d tokens per request, concurrency %d, %d s per edge, %d cores%n",
                TOKENS,
                concurrency,
                seconds,
                Runtime.getRuntime().availableProcessors());
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            ServerOptions options = ServerOptions.localDefaults().withPort(0);
            RuntimeServer rest = RuntimeServer.start(runtime, options);
            GrpcServer grpc = GrpcServer.start(runtime, options, 0);
            ManagedChannel channel = ManagedChannelBuilder.forTarget(grpc.target())
                    .usePlaintext()
                    .build();
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(4))
                    .build();
            try {
                List<long[]> inputs = inputs();
                Call grpcCall = grpcCall(channel, inputs);
                Call jsonCall = restCall(http, rest.baseUrl(), new Body(jsonBody(inputs), -1));
                Call binaryCall = restCall(http, rest.baseUrl(), binaryBody(inputs));
                for (Call warm : List.of(grpcCall, jsonCall, binaryCall)) {
                    run(warm, concurrency, 2); // JIT, connections and batch shapes
                }
                List<String> summary = new ArrayList<>();
                summary.add(report("gRPC (raw contents)", run(grpcCall, concurrency, seconds), seconds));
                summary.add(report("REST JSON", run(jsonCall, concurrency, seconds), seconds));
                summary.add(report("REST binary", run(binaryCall, concurrency, seconds), seconds));
                System.out.println("| edge | requests/s | p50 ms | load average (1 min) |");
                System.out.println("|---|---|---|---|");
                summary.forEach(System.out::println);
            } finally {
                channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
                grpc.close();
                rest.close();
            }
        }
    }

    private record Result(long requests, long[] latenciesMicros) {}

    private static Result run(Call call, int concurrency, int seconds) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(concurrency);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong requests = new AtomicLong();
        List<Future<List<Long>>> latencies = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            latencies.add(clients.submit(() -> {
                List<Long> mine = new ArrayList<>();
                while (running.get()) {
                    long started = System.nanoTime();
                    call.send();
                    mine.add((System.nanoTime() - started) / 1000);
                    requests.incrementAndGet();
                }
                return mine;
            }));
        }
        Thread.sleep(seconds * 1000L); // the measured interval itself, not a wait for a condition
        running.set(false);
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : latencies) {
            all.addAll(future.get(60, TimeUnit.SECONDS));
        }
        clients.shutdown();
        return new Result(
                requests.get(), all.stream().mapToLong(Long::longValue).sorted().toArray());
    }

    private static String report(String edge, Result result, int seconds) {
        double perSecond = (double) result.requests() / seconds;
        double p50 = result.latenciesMicros().length == 0
                ? 0
                : result.latenciesMicros()[result.latenciesMicros().length / 2] / 1000.0;
        double load = Machine.loadAverage();
        System.out.printf(
                Locale.ROOT, "%s | %.0f requests/s | p50 %.2f ms | load average %.2f%n", edge, perSecond, p50, load);
        return String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.2f |", edge, perSecond, p50, load);
    }

    private static List<long[]> inputs() {
        long[] ids = new long[TOKENS];
        long[] mask = new long[TOKENS];
        for (int i = 0; i < TOKENS; i++) {
            ids[i] = i == 0 ? 101 : i == TOKENS - 1 ? 102 : 1000 + 37L * i;
            mask[i] = 1;
        }
        return List.of(ids, mask, new long[TOKENS]);
    }

    private static final String[] NAMES = {"input_ids", "attention_mask", "token_type_ids"};

    private static Call grpcCall(ManagedChannel channel, List<long[]> inputs) {
        ModelInferRequest.Builder request = ModelInferRequest.newBuilder().setModelName("minilm");
        for (int i = 0; i < NAMES.length; i++) {
            request.addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                            .setName(NAMES[i])
                            .setDatatype("INT64")
                            .addShape(1)
                            .addShape(TOKENS))
                    .addRawInputContents(ByteString.copyFrom(littleEndian(inputs.get(i))));
        }
        ModelInferRequest message = request.build();
        GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub stub =
                GRPCInferenceServiceGrpc.newBlockingStub(channel);
        return () -> stub.withDeadlineAfter(60, TimeUnit.SECONDS)
                .modelInfer(message)
                .getRawOutputContents(0)
                .size();
    }

    private static byte[] jsonBody(List<long[]> inputs) {
        StringBuilder json = new StringBuilder("{\"inputs\":[");
        for (int i = 0; i < NAMES.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(NAMES[i])
                    .append("\",\"datatype\":\"INT64\",\"shape\":[1,")
                    .append(TOKENS)
                    .append("],\"data\":")
                    .append(Arrays.toString(inputs.get(i)))
                    .append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The binary extension: a JSON header naming each input's byte size, then the bytes; binary outputs. */
    /** A REST body; headerLength is the JSON header's length of a binary one, -1 for JSON. */
    private record Body(byte[] bytes, int headerLength) {}

    private static Body binaryBody(List<long[]> inputs) {
        StringBuilder json = new StringBuilder("{\"inputs\":[");
        for (int i = 0; i < NAMES.length; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"name\":\"")
                    .append(NAMES[i])
                    .append("\",\"datatype\":\"INT64\",\"shape\":[1,")
                    .append(TOKENS)
                    .append("],\"parameters\":{\"binary_data_size\":")
                    .append(TOKENS * 8)
                    .append("}}");
        }
        byte[] header = json.append("],\"parameters\":{\"binary_data_output\":true}}")
                .toString()
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(header);
        inputs.forEach(values -> body.writeBytes(littleEndian(values)));
        return new Body(body.toByteArray(), header.length);
    }

    private static Call restCall(HttpClient http, String baseUrl, Body body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/v2/models/minilm/infer"))
                .timeout(java.time.Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (body.headerLength() >= 0) {
            request.header("Content-Type", "application/octet-stream")
                    .header("Inference-Header-Content-Length", Integer.toString(body.headerLength()));
        } else {
            request.header("Content-Type", "application/json");
        }
        HttpRequest built = request.build();
        return () -> {
            HttpResponse<byte[]> answer = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("REST answered " + answer.statusCode() + ": "
                        + new String(answer.body(), StandardCharsets.UTF_8));
            }
            return answer.body().length;
        };
    }

    private static byte[] littleEndian(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asLongBuffer().put(values);
        return buffer.array();
    }
}
