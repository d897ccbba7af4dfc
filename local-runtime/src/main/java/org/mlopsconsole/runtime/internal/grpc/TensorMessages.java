package org.mlopsconsole.runtime.internal.grpc;

import com.google.protobuf.ByteString;
import com.google.protobuf.UnsafeByteOperations;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InferenceResponse;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ServedModel;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.internal.grpc.proto.InferParameter;
import org.mlopsconsole.runtime.internal.grpc.proto.InferTensorContents;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferRequest;
import org.mlopsconsole.runtime.internal.grpc.proto.ModelInferResponse;

/**
 * ModelInferRequest to the runtime's {@link InferenceRequest} and its answer back. Tensors arrive
 * either as raw contents (one buffer per input, in the protocol's binary layout, which is the
 * runtime's own {@link Tensor} layout, so they are used as they are) or as typed contents;
 * answers always go out as raw_output_contents, as Triton sends them. The shapes, datatypes and
 * names are checked against the model where the REST path checks them, in the runtime.
 */
final class TensorMessages {

    private final long maxTensorElements;

    TensorMessages(long maxTensorElements) {
        this.maxTensorElements = maxTensorElements;
    }

    /**
     * @param served the version resolved once for this request, as the REST edge pins it
     * @param deadlineMicros what is left of the client's deadline, if it set one
     */
    InferenceRequest request(ModelInferRequest message, ServedModel served, OptionalLong deadlineMicros) {
        int raw = message.getRawInputContentsCount();
        if (message.getInputsCount() == 0) {
            throw new InvalidInputException("the request needs inputs: a non-empty list of tensors");
        }
        if (raw > 0 && raw != message.getInputsCount()) {
            throw new InvalidInputException(String.format(
                    "raw_input_contents has %d entries but the request has %d inputs: give every input its raw"
                            + " contents, or none",
                    raw, message.getInputsCount()));
        }
        List<Tensor> inputs = new ArrayList<>();
        for (int i = 0; i < message.getInputsCount(); i++) {
            ModelInferRequest.InferInputTensor input = message.getInputs(i);
            inputs.add(raw > 0 ? rawTensor(input, message.getRawInputContents(i)) : typedTensor(input));
        }
        List<String> outputs = message.getOutputsList().stream()
                .map(ModelInferRequest.InferRequestedOutputTensor::getName)
                .toList();
        return new InferenceRequest(
                served.name(),
                served.version(),
                message.getId().isEmpty() ? Optional.empty() : Optional.of(message.getId()),
                inputs,
                outputs,
                timeout(message.getParametersMap(), deadlineMicros));
    }

    /** The protocol's "timeout" parameter (microseconds), else what is left of the client's deadline. */
    private static OptionalLong timeout(Map<String, InferParameter> parameters, OptionalLong deadlineMicros) {
        InferParameter timeout = parameters.get("timeout");
        if (timeout == null) {
            return deadlineMicros;
        }
        if (timeout.getParameterChoiceCase() != InferParameter.ParameterChoiceCase.INT64_PARAM
                || timeout.getInt64Param() < 0) {
            throw new InvalidInputException("parameters.timeout must be a whole number of microseconds (int64_param)");
        }
        return timeout.getInt64Param() == 0 ? deadlineMicros : OptionalLong.of(timeout.getInt64Param());
    }

    private Tensor rawTensor(ModelInferRequest.InferInputTensor input, ByteString raw) {
        DataType type = datatype(input);
        long[] shape = shape(input);
        if (input.hasContents()) {
            throw new InvalidInputException(
                    "input '" + input.getName() + "' has both contents and raw_input_contents; give one");
        }
        if (type != DataType.BYTES && raw.size() != Tensor.elementCount(shape) * type.byteSize()) {
            throw new InvalidInputException(String.format(
                    "input '%s' has %d bytes of raw contents but its shape %s of %s needs %d",
                    input.getName(),
                    raw.size(),
                    Arrays.toString(shape),
                    type,
                    Tensor.elementCount(shape) * type.byteSize()));
        }
        return new Tensor(input.getName(), type, shape, raw.asReadOnlyByteBuffer());
    }

    private Tensor typedTensor(ModelInferRequest.InferInputTensor input) {
        DataType type = datatype(input);
        long[] shape = shape(input);
        int elements = (int) Tensor.elementCount(shape);
        InferTensorContents contents = input.getContents();
        String name = input.getName();
        ByteBuffer data = switch (type) {
            case BOOL -> {
                ByteBuffer buffer = sized(name, contents.getBoolContentsCount(), elements, "bool_contents", 1);
                contents.getBoolContentsList().forEach(value -> buffer.put((byte) (value ? 1 : 0)));
                yield buffer;
            }
            case INT8 -> narrow(name, contents.getIntContentsList(), elements, "int_contents", 1, true);
            case INT16 -> narrow(name, contents.getIntContentsList(), elements, "int_contents", 2, true);
            case INT32 -> narrow(name, contents.getIntContentsList(), elements, "int_contents", 4, true);
            case UINT8 -> narrow(name, contents.getUintContentsList(), elements, "uint_contents", 1, false);
            case UINT16 -> narrow(name, contents.getUintContentsList(), elements, "uint_contents", 2, false);
            case UINT32 -> narrow(name, contents.getUintContentsList(), elements, "uint_contents", 4, false);
            case INT64 -> {
                ByteBuffer buffer = sized(name, contents.getInt64ContentsCount(), elements, "int64_contents", 8);
                contents.getInt64ContentsList().forEach(buffer::putLong);
                yield buffer;
            }
            case UINT64 -> {
                ByteBuffer buffer = sized(name, contents.getUint64ContentsCount(), elements, "uint64_contents", 8);
                contents.getUint64ContentsList().forEach(buffer::putLong);
                yield buffer;
            }
            case FP32 -> {
                ByteBuffer buffer = sized(name, contents.getFp32ContentsCount(), elements, "fp32_contents", 4);
                contents.getFp32ContentsList().forEach(buffer::putFloat);
                yield buffer;
            }
            case FP64 -> {
                ByteBuffer buffer = sized(name, contents.getFp64ContentsCount(), elements, "fp64_contents", 8);
                contents.getFp64ContentsList().forEach(buffer::putDouble);
                yield buffer;
            }
            case BYTES -> bytes(name, contents.getBytesContentsList(), elements);
            case FP16, BF16 ->
                throw new InvalidInputException("input '" + name + "' is " + type
                        + ", which has no typed contents field; send it in raw_input_contents");
        };
        return new Tensor(name, type, shape, data.flip());
    }

    /** A buffer for the values of one contents field, once their count matches the shape. */
    private static ByteBuffer sized(String input, int count, int elements, String field, int byteSize) {
        if (count != elements) {
            throw new InvalidInputException(String.format(
                    "input '%s' holds %d values in %s but its shape needs %d", input, count, field, elements));
        }
        return littleEndian(Math.toIntExact((long) elements * byteSize));
    }

    /** int_contents or uint_contents into 1, 2 or 4 bytes each, refusing values that do not fit. */
    private static ByteBuffer narrow(
            String input, List<Integer> values, int elements, String field, int byteSize, boolean signed) {
        ByteBuffer buffer = sized(input, values.size(), elements, field, byteSize);
        long min = signed ? -(1L << (byteSize * 8 - 1)) : 0;
        long max = signed ? (1L << (byteSize * 8 - 1)) - 1 : (1L << (byteSize * 8)) - 1;
        for (int i = 0; i < values.size(); i++) {
            int value = values.get(i);
            long number = signed ? value : Integer.toUnsignedLong(value);
            if (number < min || number > max) {
                throw new InvalidInputException(String.format(
                        "input '%s': %s[%d] = %d does not fit %d bytes", input, field, i, number, byteSize));
            }
            switch (byteSize) {
                case 1 -> buffer.put((byte) value);
                case 2 -> buffer.putShort((short) value);
                default -> buffer.putInt(value);
            }
        }
        return buffer;
    }

    private static ByteBuffer bytes(String input, List<ByteString> values, int elements) {
        if (values.size() != elements) {
            throw new InvalidInputException(String.format(
                    "input '%s' holds %d values in bytes_contents but its shape needs %d",
                    input, values.size(), elements));
        }
        long size = 0;
        for (ByteString value : values) {
            size += 4 + value.size();
        }
        ByteBuffer buffer = littleEndian(Math.toIntExact(size));
        for (ByteString value : values) {
            buffer.putInt(value.size());
            value.copyTo(buffer);
        }
        return buffer;
    }

    private static DataType datatype(ModelInferRequest.InferInputTensor input) {
        return DataType.fromProtocolName(input.getDatatype())
                .orElseThrow(() -> new InvalidInputException("input '" + input.getName() + "' has "
                        + (input.getDatatype().isEmpty()
                                ? "no datatype"
                                : "unknown datatype \"" + input.getDatatype() + "\"")
                        + "; use one of " + Arrays.toString(DataType.values())));
    }

    private long[] shape(ModelInferRequest.InferInputTensor input) {
        long[] shape = input.getShapeList().stream().mapToLong(Long::longValue).toArray();
        long count = 1;
        for (int i = 0; i < shape.length; i++) {
            if (shape[i] < 0) {
                throw new InvalidInputException(String.format(
                        "input '%s' has shape %s: dimension %d is negative",
                        input.getName(), Arrays.toString(shape), i));
            }
            count = shape[i] == 0 || count <= maxTensorElements / shape[i] ? count * shape[i] : Long.MAX_VALUE;
        }
        if (count > maxTensorElements) {
            throw new InvalidInputException(String.format(
                    "input '%s' has shape %s, more than the %d elements a tensor may have",
                    input.getName(), Arrays.toString(shape), maxTensorElements));
        }
        return shape;
    }

    ModelInferResponse response(InferenceResponse response) {
        ModelInferResponse.Builder message = ModelInferResponse.newBuilder()
                .setModelName(response.model())
                .setModelVersion(Long.toString(response.version()));
        response.id().ifPresent(message::setId);
        response.parameters()
                .forEach((key, value) -> message.putParameters(
                        key, InferParameter.newBuilder().setStringParam(value).build()));
        for (Tensor output : response.outputs()) {
            message.addOutputs(ModelInferResponse.InferOutputTensor.newBuilder()
                    .setName(output.name())
                    .setDatatype(output.datatype().name())
                    .addAllShape(Arrays.stream(output.shape()).boxed().toList()));
            // the tensor's buffer is never written again: wrapped, not copied
            message.addRawOutputContents(UnsafeByteOperations.unsafeWrap(output.data()));
        }
        return message.build();
    }

    static ByteBuffer littleEndian(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
