package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes the protocol's JSON answers, errors included, for every endpoint group. */
final class Responses {

    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);
    static final String JSON = "application/json";

    private final ObjectMapper mapper;
    private final ErrorMapping errors;

    Responses(ObjectMapper mapper, ErrorMapping errors) {
        this.mapper = mapper;
        this.errors = errors;
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    String scrub(String message) {
        return errors.scrub(message);
    }

    void json(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(JSON).result(mapper.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void error(Context ctx, int status, String message) {
        json(ctx, status, object().put("error", errors.scrub(message)));
    }

    /** Answers a failure; must not throw, since Javalin would run it again for what it throws. */
    void failure(Context ctx, Throwable failure) {
        if (ErrorMapping.clientLeft(failure) || responseGone(ctx)) {
            // also where a write to a response recycled under an answer from a runtime thread ends up
            LOG.debug("A client closed its connection before its answer", failure);
            return;
        }
        ErrorMapping.Answer answer = errors.answer(failure);
        if (answer.status() >= 500 && answer.status() != 503) {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), ErrorMapping.unwrap(failure));
        } else {
            LOG.debug("Request {} {} refused: {} {}", ctx.method(), ctx.path(), answer.status(), answer.message());
        }
        if (answer.status() == 413 || answer.status() == 408) {
            ctx.header("Connection", "close"); // the rest of the body is not read
        }
        error(ctx, answer.status(), answer.message());
    }

    /** Whether Jetty has recycled the response: its client closed the connection meanwhile. */
    private static boolean responseGone(Context ctx) {
        try {
            ctx.res().getStatus();
            return false;
        } catch (RuntimeException recycled) {
            return true;
        }
    }
}
