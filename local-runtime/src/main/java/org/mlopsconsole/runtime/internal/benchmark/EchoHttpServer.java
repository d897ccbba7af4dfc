package org.mlopsconsole.runtime.internal.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The smallest HTTP/1.1 keep-alive server there is: a thread per connection that reads a request
 * and answers {@code {}} (or what a {@link Responder} says, after the delay it asks for). It is the
 * echo target of the generator's latency floor, and the test server with an injected latency.
 */
public final class EchoHttpServer implements AutoCloseable {

    /** The answer to request number {@code index} (0-based, over all connections). */
    public interface Responder {
        Reply reply(long index, String requestLine);
    }

    public record Reply(long delayNanos, int status, String body) {
        public static final Reply EMPTY = new Reply(0, 200, "{}");
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "echo-http");
        thread.setDaemon(true);
        return thread;
    });
    private final Responder responder;
    private final AtomicLong requests = new AtomicLong();

    private EchoHttpServer(Responder responder) throws IOException {
        this.responder = responder;
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        connections.execute(this::accept);
    }

    /** Answers {@code {}} at once. */
    public static EchoHttpServer start() throws IOException {
        return new EchoHttpServer((index, line) -> Reply.EMPTY);
    }

    public static EchoHttpServer start(Responder responder) throws IOException {
        return new EchoHttpServer(responder);
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    public long requests() {
        return requests.get();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connection.setTcpNoDelay(true);
                connections.execute(() -> serve(connection));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket connection) {
        try (connection;
                InputStream in = new BufferedInputStream(connection.getInputStream());
                OutputStream out = connection.getOutputStream()) {
            while (true) {
                String requestLine = readLine(in);
                if (requestLine == null || requestLine.isEmpty()) {
                    return;
                }
                long length = 0;
                for (String header = readLine(in); header != null && !header.isEmpty(); header = readLine(in)) {
                    if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                        length = Long.parseLong(header.substring(15).trim());
                    }
                }
                in.skipNBytes(length);
                Reply reply = responder.reply(requests.getAndIncrement(), requestLine);
                if (reply.delayNanos() > 0) {
                    Thread.sleep(reply.delayNanos() / 1_000_000, (int) (reply.delayNanos() % 1_000_000));
                }
                byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
                out.write(("HTTP/1.1 " + reply.status() + " X\r\nContent-Type: application/json\r\nContent-Length: "
                                + body.length + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
        connections.shutdownNow();
    }
}
