package org.mlopsconsole.runtime.internal.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.EnumMap;
import java.util.Map;
import org.mlopsconsole.runtime.ServingException;
import org.mlopsconsole.runtime.internal.http.ErrorMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failure becomes a gRPC status: the runtime's error classes as Triton maps them
 * to gRPC codes (the counterparts of the REST edge's 400, 404, 503, 501 and 500), INTERNAL for
 * anything else. Messages hide this machine's folders as the REST edge's do.
 */
final class GrpcErrors {

    private static final Logger LOG = LoggerFactory.getLogger(GrpcErrors.class);

    private static final Map<ServingException.Kind, Status.Code> KIND_CODE = new EnumMap<>(Map.of(
            ServingException.Kind.INVALID_INPUT, Status.Code.INVALID_ARGUMENT,
            ServingException.Kind.NOT_FOUND, Status.Code.NOT_FOUND,
            ServingException.Kind.UNAVAILABLE, Status.Code.UNAVAILABLE,
            ServingException.Kind.UNSUPPORTED, Status.Code.UNIMPLEMENTED,
            ServingException.Kind.INTERNAL, Status.Code.INTERNAL));

    private final ErrorMapping scrubber;

    GrpcErrors(ErrorMapping scrubber) {
        this.scrubber = scrubber;
    }

    StatusRuntimeException status(Throwable failure) {
        Throwable cause = ErrorMapping.unwrap(failure);
        if (cause instanceof StatusRuntimeException status) {
            return status;
        }
        if (cause instanceof ServingException serving) {
            return Status.fromCode(KIND_CODE.get(serving.kind()))
                    .withDescription(scrub(serving.getMessage()))
                    .asRuntimeException();
        }
        LOG.warn("gRPC call failed unexpectedly", cause);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return Status.INTERNAL.withDescription(scrub(message)).asRuntimeException();
    }

    /** The message a client reads for a failure, as the stream's error_message carries it. */
    String message(Throwable failure) {
        StatusRuntimeException status = status(failure);
        String description = status.getStatus().getDescription();
        return status.getStatus().getCode() + ": " + (description == null ? "" : description);
    }

    String scrub(String message) {
        return scrubber.scrub(message == null ? "" : message);
    }
}
