package org.mlopsconsole.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** A small HTTP client for the server under test. */
final class HttpFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String baseUrl;

    HttpFixture(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Answer(int status, byte[] body, Map<String, java.util.List<String>> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + new String(body), e);
            }
        }

        String error() {
            return json().path("error").asText();
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET(), Map.of());
    }

    /** A POST with a JSON body, as a protocol client sends it. */
    Answer post(String path, String body) {
        return post(
                path,
                body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));
    }

    Answer post(String path, byte[] body, Map<String, String> headers) {
        return send(
                HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body)),
                headers);
    }

    Answer send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
