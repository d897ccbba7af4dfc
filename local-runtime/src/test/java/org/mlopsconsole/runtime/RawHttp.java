package org.mlopsconsole.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for what Java's HttpClient will not send: a foreign Host, a NUL in
 * the path, a claimed Content-Length, a body sent in parts. Every read has a timeout.
 */
final class RawHttp implements AutoCloseable {

    record Answer(int status, String head, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return HttpFixture.JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }

        String error() {
            return json().path("error").asText();
        }

        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port, int readTimeoutMillis) {
        try {
            socket = new Socket();
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(readTimeoutMillis);
            out = socket.getOutputStream();
            in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One whole request: the head lines (without the final blank line) and the body. */
    static Answer exchange(int port, String head, byte[] body) {
        try (RawHttp http = new RawHttp(port, 10_000)) {
            http.send(head + "\r\n\r\n", body);
            return http.read();
        }
    }

    static String head(String method, String path, int port, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port);
        for (String header : headers) {
            head.append("\r\n").append(header);
        }
        return head.toString();
    }

    void send(String text, byte[] bytes) {
        try {
            out.write(text.getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void send(byte[] bytes) {
        send("", bytes);
    }

    /** Reads one answer: the head, then a Content-Length or chunked body, or up to the close. */
    Answer read() {
        try {
            String head = readHead();
            int status = Integer.parseInt(head.split(" ", 3)[1]);
            String length = header(head, "Content-Length");
            byte[] body;
            if (length != null) {
                body = in.readNBytes(Integer.parseInt(length));
            } else if ("chunked".equalsIgnoreCase(header(head, "Transfer-Encoding"))) {
                body = readChunked();
            } else {
                body = in.readAllBytes();
            }
            return new Answer(status, head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads an interim answer's head (a 1xx has no body), e.g. {@code HTTP/1.1 100 Continue}. */
    String readInterim() {
        try {
            return readHead();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String readHead() throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("the connection closed before an answer: " + head);
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = readLine();
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                readLine();
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            readLine();
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String header(String head, String name) {
        return new Answer(0, head, new byte[0]).header(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the server closed the connection (a read sees the end of the stream). */
    boolean closedByServer() {
        try {
            return in.read() < 0;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a test socket
        }
    }
}
