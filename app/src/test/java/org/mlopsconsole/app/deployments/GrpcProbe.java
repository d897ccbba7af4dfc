package org.mlopsconsole.app.deployments;

import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * Asks a gRPC target the Open Inference Protocol's {@code ServerLive}, as any client would, with
 * the wire bytes written out: an empty request, and a response whose field 1 is {@code live}.
 */
final class GrpcProbe {

    private static final MethodDescriptor.Marshaller<byte[]> BYTES = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private static final MethodDescriptor<byte[], byte[]> SERVER_LIVE = MethodDescriptor.<byte[], byte[]>newBuilder()
            .setType(MethodDescriptor.MethodType.UNARY)
            .setFullMethodName("inference.GRPCInferenceService/ServerLive")
            .setRequestMarshaller(BYTES)
            .setResponseMarshaller(BYTES)
            .build();

    private GrpcProbe() {}

    /** True when the server says it is live; a {@code StatusRuntimeException} when none answers. */
    static boolean serverLive(String target) throws InterruptedException {
        ManagedChannel channel =
                NettyChannelBuilder.forTarget(target).usePlaintext().build();
        try {
            byte[] answer = ClientCalls.blockingUnaryCall(
                    channel, SERVER_LIVE, CallOptions.DEFAULT.withDeadlineAfter(10, TimeUnit.SECONDS), new byte[0]);
            // field 1, varint: tag 0x08, then 1 for true (an absent field is false)
            return answer.length == 2 && answer[0] == 0x08 && answer[1] == 1;
        } finally {
            channel.shutdownNow().awaitTermination(10, TimeUnit.SECONDS);
        }
    }
}
