package org.mlopsconsole.runtime.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ModelRepository;
import org.mlopsconsole.runtime.RuntimeServer;
import org.mlopsconsole.runtime.ServerLimits;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.TestModels;

/**
 * Prints what hostile clients cost the server (findings 4 and 5 of issue 12), all over loopback
 * against an in-process server with the default limits (header timeout 2 s here, to see it act):
 * the resident memory added while 10 clients send 60 MB JSON bodies at once (data after the shape,
 * and data before it), health-probe latency while 300 clients trickle request bodies and 300 more
 * trickle headers, and how fast a claimed 10 GB Content-Length is refused. Not a test: a figure
 * printer (see docs/performance.md for how to run it). Linux only (reads /proc/self/status).
 */
public final class EdgeLimitsBenchmark {

    private static final int BODIES = 10;
    private static final int BODY_MB = 60;
    private static final int SLOW_CLIENTS = 300;
    private static final int PROBES = 100;

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("edge-bench");
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        repository.importModel(
                TestModels.tribuoClassifier(temp.resolve("classifier.onnx")), "classifier", OptionalLong.empty());
        ServerLimits limits = ServerLimits.defaults()
                .withConnections(
                        ServerLimits.DEFAULT_MAX_CONNECTIONS,
                        Duration.ofSeconds(2),
                        ServerLimits.DEFAULT_BODY_TIMEOUT,
                        ServerLimits.DEFAULT_IDLE_TIMEOUT);
        try (LocalRuntime runtime = LocalRuntime.create(repository)) {
            runtime.loadAll().join();
            try (RuntimeServer server = RuntimeServer.start(
                    runtime, ServerOptions.localDefaults().withPort(0).withLimits(limits))) {
                int port = server.port();
                memory(port, false);
                memory(port, true);
                slowClients(server.baseUrl(), port);
                claimedHugeBody(port);
            }
        }
    }

    /** A 60 MB body of rows of 4 floats; over max_batch_size, as the were. */
    private static byte[] body(boolean dataFirst) {
        int rows = BODY_MB * 1024 * 1024 / 16;
        StringBuilder data = new StringBuilder(rows * 16 + 64).append('[');
        for (int i = 0; i < rows; i++) {
            data.append(i == 0 ? "" : ",").append("0.5,0.25,0.5,0.1");
        }
        data.append(']');
        String shape = "\"name\":\"input\",\"datatype\":\"FP32\",\"shape\":[" + rows + ",4]";
        String input = dataFirst ? "{\"data\":" + data + "," + shape + "}" : "{" + shape + ",\"data\":" + data + "}";
        return ("{\"inputs\":[" + input + "]}").getBytes(StandardCharsets.US_ASCII);
    }

    private static void memory(int port, boolean dataFirst) throws Exception {
        byte[] body = body(dataFirst);
        System.gc();
        long before = rssKb();
        AtomicLong peak = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rssKb(), Math::max);
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        ExecutorService clients = Executors.newFixedThreadPool(BODIES);
        long start = System.nanoTime();
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < BODIES; i++) {
            answers.add(clients.submit(() -> post(port, body)));
        }
        List<String> statuses = new ArrayList<>();
        for (Future<String> answer : answers) {
            statuses.add(answer.get(120, TimeUnit.SECONDS));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        clients.shutdown();
        System.out.printf(
                Locale.ROOT,
                "%d concurrent %d MB JSON bodies (%s): RSS %.0f MB before, peak %.0f MB, +%.0f MB; %.1f s; answers %s%n",
                BODIES,
                body.length / (1024 * 1024),
                dataFirst ? "data before the shape" : "shape before the data",
                before / 1024.0,
                peak.get() / 1024.0,
                (peak.get() - before) / 1024.0,
                seconds,
                statuses);
    }

    /** Posts the body and reads the status line; the server may answer (and close) before it is all sent. */
    private static String post(int port, byte[] body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v2/models/classifier/infer HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered and closed without reading the rest: what it should do
            }
            return statusLine(socket.getInputStream());
        }
    }

    private static String statusLine(InputStream in) throws IOException {
        byte[] line = new byte[12];
        int read = in.readNBytes(line, 0, line.length);
        return read < 12 ? "closed" : new String(line, 9, 3, StandardCharsets.US_ASCII);
    }

    private static void slowClients(String baseUrl, int port) throws Exception {
        HttpClient warm =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 200; i++) { // the probe's path compiled before it is measured
            warm.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v2/health/ready"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.getOutputStream()
                    .write(("POST /v2/models/classifier/infer HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            slow.add(socket);
        }
        List<Socket> slowHeaders = new ArrayList<>();
        for (int i = 0; i < SLOW_CLIENTS; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.getOutputStream()
                    .write("POST /v2/models/classifier/infer HTTP/1.1\r\nX-".getBytes(StandardCharsets.US_ASCII));
            slowHeaders.add(socket);
        }
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        double[] millis = new double[PROBES];
        for (int i = 0; i < PROBES; i++) {
            for (Socket socket : slow) {
                socket.getOutputStream().write(' '); // a byte of body now and then
            }
            for (Socket socket : slowHeaders) {
                trickle(socket);
            }
            long start = System.nanoTime();
            HttpResponse<String> ready = http.send(
                    HttpRequest.newBuilder(URI.create(baseUrl + "/v2/health/ready"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (ready.statusCode() != 200) {
                throw new IllegalStateException("the probe got " + ready.statusCode());
            }
            Thread.sleep(100); // a figure printer may pace its probes
        }
        long headersCut =
                slowHeaders.stream().filter(EdgeLimitsBenchmark::closedByServer).count();
        Arrays.sort(millis);
        System.out.printf(
                Locale.ROOT,
                "%d slow-body + %d slow-header clients: %d probes of /v2/health/ready p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms;"
                        + " slow-header connections closed by the header timeout: %d of %d%n",
                SLOW_CLIENTS,
                SLOW_CLIENTS,
                PROBES,
                millis[PROBES / 2],
                millis[(int) Math.ceil(PROBES * 0.9) - 1],
                millis[(int) Math.ceil(PROBES * 0.99) - 1],
                millis[PROBES - 1],
                headersCut,
                SLOW_CLIENTS);
        for (Socket socket : slow) {
            socket.close();
        }
        for (Socket socket : slowHeaders) {
            socket.close();
        }
    }

    private static void trickle(Socket socket) {
        try {
            socket.getOutputStream().write('a');
        } catch (IOException closed) {
            // cut by the server
        }
    }

    private static boolean closedByServer(Socket socket) {
        try {
            socket.setSoTimeout(200);
            return socket.getInputStream().read() < 0;
        } catch (IOException e) {
            return e instanceof java.net.SocketException;
        }
    }

    private static void claimedHugeBody(int port) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            long start = System.nanoTime();
            socket.getOutputStream()
                    .write(("POST /v2/models/classifier/infer HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/json\r\nContent-Length: 10000000000\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            String status = statusLine(socket.getInputStream());
            System.out.printf(
                    Locale.ROOT,
                    "claimed Content-Length 10 GB: answered %s after %.1f ms%n",
                    status,
                    (System.nanoTime() - start) / 1e6);
        }
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("this benchmark reads /proc/self/status (Linux)", e);
        }
        return 0;
    }
}
