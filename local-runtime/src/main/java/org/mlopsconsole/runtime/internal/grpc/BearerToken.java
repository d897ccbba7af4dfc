package org.mlopsconsole.runtime.internal.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The REST edge's token, as gRPC metadata: {@code authorization: Bearer <token>} on every call,
 * compared in constant time; a call without it, or with another, ends UNAUTHENTICATED before any
 * method sees it.
 */
final class BearerToken implements ServerInterceptor {

    static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final byte[] token;

    BearerToken(String token) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        String header = headers.get(AUTHORIZATION);
        if (!MessageDigest.isEqual(given(header), token)) {
            call.close(
                    Status.UNAUTHENTICATED.withDescription(
                            header == null
                                    ? "this server requires a token: send the metadata 'authorization: Bearer <token>'"
                                    : "the bearer token is wrong"),
                    new Metadata());
            return new ServerCall.Listener<>() {};
        }
        return next.startCall(call, headers);
    }

    private static byte[] given(String header) {
        if (header != null) {
            String[] parts = header.trim().split("\\s+", 2);
            if (parts.length == 2 && parts[0].equalsIgnoreCase("Bearer")) {
                return parts[1].trim().getBytes(StandardCharsets.UTF_8);
            }
        }
        return new byte[0];
    }
}
