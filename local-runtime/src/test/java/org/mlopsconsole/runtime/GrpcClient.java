package org.mlopsconsole.runtime;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mlopsconsole.runtime.internal.grpc.proto.GRPCInferenceServiceGrpc;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferResponse;

/**
 * A client of the server under test, generated from the same grpc_service.proto (as a Triton or
 * KServe client is from its copy), with the helpers the tests share.
 */
final class GrpcClient implements AutoCloseable {

    private final ManagedChannel channel;

    GrpcClient(String target, Optional<String> authorization) {
        ManagedChannelBuilder<?> builder =
                ManagedChannelBuilder.forTarget(target).usePlaintext().maxInboundMessageSize(64 * 1024 * 1024);
        authorization.ifPresent(value -> {
            Metadata headers = new Metadata();
            headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), value);
            builder.intercept(MetadataUtils.newAttachHeadersInterceptor(headers));
        });
        this.channel = builder.build();
    }

    GrpcClient(String target) {
        this(target, Optional.empty());
    }

    /** Every call bounded: a server that never answers fails the test instead of hanging it. */
    GRPCInferenceServiceGrpc.GRPCInferenceServiceBlockingStub blocking() {
        return GRPCInferenceServiceGrpc.newBlockingStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    GRPCInferenceServiceGrpc.GRPCInferenceServiceStub async() {
        return GRPCInferenceServiceGrpc.newStub(channel).withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    /** An input with its raw contents (the protocol's binary layout, the Tensor's own). */
    static ModelInferRequest.Builder withRawInput(ModelInferRequest.Builder request, Tensor tensor) {
        return request.addInputs(ModelInferRequest.InferInputTensor.newBuilder()
                        .setName(tensor.name())
                        .setDatatype(tensor.datatype().name())
                        .addAllShape(Arrays.stream(tensor.shape()).boxed().toList()))
                .addRawInputContents(ByteString.copyFrom(tensor.data()));
    }

    static float[] rawFloats(ModelInferResponse response, int output) {
        ByteBuffer raw =
                response.getRawOutputContents(output).asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[raw.remaining() / 4];
        raw.asFloatBuffer().get(values);
        return values;
    }

    @Override
    public void close() {
        channel.shutdownNow();
        try {
            channel.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
