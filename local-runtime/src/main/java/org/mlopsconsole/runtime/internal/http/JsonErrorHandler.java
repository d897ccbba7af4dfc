package org.mlopsconsole.runtime.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/** Jetty's own errors (a bad URI such as a NUL in the path, a bad header) as {"error": ...} too. */
final class JsonErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;
    private final ErrorMapping errors;

    JsonErrorHandler(ObjectMapper mapper, ErrorMapping errors) {
        this.mapper = mapper;
        this.errors = errors;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus() >= 400 ? response.getStatus() : 500;
        Object message = request.getAttribute(ERROR_MESSAGE);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        response.write(true, body(status, message instanceof String text ? text : null), callback);
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Responses.JSON);
        return body(status, reason);
    }

    private ByteBuffer body(int status, String message) {
        String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        try {
            return ByteBuffer.wrap(
                    mapper.writeValueAsBytes(mapper.createObjectNode().put("error", errors.scrub(text))));
        } catch (java.io.IOException e) {
            return ByteBuffer.wrap("{\"error\":\"internal error\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
