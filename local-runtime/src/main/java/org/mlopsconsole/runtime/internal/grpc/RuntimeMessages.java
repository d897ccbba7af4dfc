package org.mlopsconsole.runtime.internal.grpc;

import com.google.protobuf.TextFormat;
import java.util.List;
import org.mlopsconsole.runtime.InternalServingException;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelMetadata;
import org.mlopsconsole.runtime.ModelStatistics;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.internal.export.DeploymentWriter;
import org.mlopsconsole.runtime.internal.grpc.proto.DataType;
import org.mlopsconsole.runtime.internal.grpc.proto.InferBatchStatistics;
import org.mlopsconsole.runtime.internal.grpc.proto.InferResponseStatistics;
import org.mlopsconsole.runtime.internal.grpc.proto.InferStatistics;
import org.mlopsconsole.runtime.internal.grpc.proto.MemoryUsage;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInput;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelMetadataResponse;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelOutput;
import org.mlopsconsole.runtime.internal.grpc.proto.StatisticDuration;

/** The runtime's metadata, configuration and statistics as the protocol's messages. */
final class RuntimeMessages {

    private static final TextFormat.Parser TRITON_TEXT =
            TextFormat.Parser.newBuilder().setAllowUnknownFields(true).build();

    private RuntimeMessages() {}

    static ModelMetadataResponse metadata(ModelMetadata metadata) {
        ModelMetadataResponse.Builder message = ModelMetadataResponse.newBuilder()
                .setName(metadata.name())
                .addAllVersions(metadata.versions())
                .setPlatform(metadata.platform());
        metadata.signature().inputs().forEach(spec -> message.addInputs(tensor(spec)));
        metadata.signature().outputs().forEach(spec -> message.addOutputs(tensor(spec)));
        return message.build();
    }

    private static ModelMetadataResponse.TensorMetadata tensor(TensorSpec spec) {
        return ModelMetadataResponse.TensorMetadata.newBuilder()
                .setName(spec.name())
                .setDatatype(spec.datatype().name())
                .addAllShape(spec.shape())
                .build();
    }

    /**
     * Triton's model configuration: the same text the Triton export writes (one mapping of our
     * settings to Triton's), read into the message, with the inputs and outputs that Triton would
     * complete from the ONNX file; their dims leave out the batch dimension when the model batches.
     */
    static org.mlopsconsole.runtime.internal.grpc.proto.ModelConfig config(ModelConfig config, ServedModel served) {
        org.mlopsconsole.runtime.internal.grpc.proto.ModelConfig.Builder message =
                org.mlopsconsole.runtime.internal.grpc.proto.ModelConfig.newBuilder();
        try {
            TRITON_TEXT.merge(DeploymentWriter.tritonConfig(served.name(), config, served.signature()), message);
        } catch (TextFormat.ParseException e) {
            throw new InternalServingException(
                    "model '" + served.name() + "': its Triton configuration does not" + " read back: "
                            + e.getMessage(),
                    e);
        }
        message.setBackend("onnxruntime").setMaxBatchSize(served.maxBatchSize());
        boolean batches = served.maxBatchSize() > 0;
        for (TensorSpec spec : served.signature().inputs()) {
            message.addInput(ModelInput.newBuilder()
                    .setName(spec.name())
                    .setDataType(dataType(spec))
                    .addAllDims(dims(spec, batches)));
        }
        for (TensorSpec spec : served.signature().outputs()) {
            message.addOutput(ModelOutput.newBuilder()
                    .setName(spec.name())
                    .setDataType(dataType(spec))
                    .addAllDims(dims(spec, batches)));
        }
        return message.build();
    }

    private static DataType dataType(TensorSpec spec) {
        return spec.datatype() == org.mlopsconsole.runtime.DataType.BYTES
                ? DataType.TYPE_STRING
                : DataType.valueOf("TYPE_" + spec.datatype().name());
    }

    private static List<Long> dims(TensorSpec spec, boolean batches) {
        return batches && spec.hasVariableFirstDimension()
                ? spec.shape().subList(1, spec.shape().size())
                : spec.shape();
    }

    static org.mlopsconsole.runtime.internal.grpc.proto.ModelStatistics statistics(ModelStatistics stats) {
        ModelStatistics.InferenceStats counts = stats.inferenceStats();
        org.mlopsconsole.runtime.internal.grpc.proto.ModelStatistics.Builder message =
                org.mlopsconsole.runtime.internal.grpc.proto.ModelStatistics.newBuilder()
                        .setName(stats.name())
                        .setVersion(Long.toString(stats.version()))
                        .setLastInference(stats.lastInferenceMillis())
                        .setInferenceCount(stats.inferenceCount())
                        .setExecutionCount(stats.executionCount())
                        .setInferenceStats(InferStatistics.newBuilder()
                                .setSuccess(duration(counts.success()))
                                .setFail(duration(counts.fail()))
                                .setQueue(duration(counts.queue()))
                                .setComputeInput(duration(counts.computeInput()))
                                .setComputeInfer(duration(counts.computeInfer()))
                                .setComputeOutput(duration(counts.computeOutput()))
                                .setCacheHit(duration(counts.cacheHit()))
                                .setCacheMiss(duration(counts.cacheMiss())));
        stats.responseStats()
                .forEach((key, response) -> message.putResponseStats(
                        key,
                        InferResponseStatistics.newBuilder()
                                .setComputeInfer(duration(response.computeInfer()))
                                .setComputeOutput(duration(response.computeOutput()))
                                .setSuccess(duration(response.success()))
                                .setFail(duration(response.fail()))
                                .setEmptyResponse(duration(response.emptyResponse()))
                                .setCancel(duration(response.cancel()))
                                .build()));
        for (ModelStatistics.BatchStats batch : stats.batchStats()) {
            message.addBatchStats(InferBatchStatistics.newBuilder()
                    .setBatchSize(batch.batchSize())
                    .setComputeInput(duration(batch.computeInput()))
                    .setComputeInfer(duration(batch.computeInfer()))
                    .setComputeOutput(duration(batch.computeOutput())));
        }
        for (ModelStatistics.MemoryUsage usage : stats.memoryUsage()) {
            message.addMemoryUsage(MemoryUsage.newBuilder()
                    .setType(usage.type())
                    .setId(usage.id())
                    .setByteSize(usage.byteSize()));
        }
        return message.build();
    }

    private static StatisticDuration duration(ModelStatistics.Duration duration) {
        return StatisticDuration.newBuilder()
                .setCount(duration.count())
                .setNs(duration.ns())
                .build();
    }
}
