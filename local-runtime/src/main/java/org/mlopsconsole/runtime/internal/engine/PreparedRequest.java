package org.mlopsconsole.runtime.internal.engine;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InferenceRequest;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;

/**
 * A request checked against the model's signature, its inputs in the model's order, waiting in a
 * batcher's queue. Requests with equal {@link #batchKey()} can be stacked along dimension 0.
 */
final class PreparedRequest implements DynamicBatcher.Item {

    /**
     * Who asked: the runtime's number for the request, the model name it asked for and, through a
     * variant group, the member serving it.
     */
    record Origin(long requestId, String askedModel, Optional<String> variant) {}

    final InferenceRequest request;
    final Origin origin;
    final List<Tensor> inputs;
    final Set<String> outputs;
    final long batchSize;
    final String batchKey;
    /** Its inputs may be padded with zeros along dimension 1 to the longest of its batch. */
    final boolean padded;

    final long enqueuedNanos;
    final long deadlineNanos;
    final CompletableFuture<List<Tensor>> result = new CompletableFuture<>();
    /** Runs with the outputs before {@link #result} completes (the cache fills here). */
    private volatile Consumer<List<Tensor>> onComputed = outputs -> {};

    /** Registers what must happen to the outputs before anyone waiting on the result sees them. */
    void onComputed(Consumer<List<Tensor>> action) {
        onComputed = action;
    }

    /** Completes the request with its computed outputs, after {@link #onComputed}. */
    void succeed(List<Tensor> outputs) {
        onComputed.accept(outputs);
        result.complete(outputs);
    }

    @Override
    public long rows() {
        return batchSize;
    }

    @Override
    public Object batchKey() {
        return batchKey;
    }

    @Override
    public long deadlineNanos() {
        return deadlineNanos;
    }

    private PreparedRequest(
            InferenceRequest request,
            Origin origin,
            List<Tensor> inputs,
            Set<String> outputs,
            long batchSize,
            String batchKey,
            boolean padded) {
        this.request = request;
        this.padded = padded;
        this.origin = origin;
        this.inputs = inputs;
        this.outputs = outputs;
        this.batchSize = batchSize;
        this.batchKey = batchKey;
        this.enqueuedNanos = System.nanoTime();
        this.deadlineNanos = request.timeoutMicros().isPresent()
                ? enqueuedNanos + request.timeoutMicros().getAsLong() * 1000
                : Long.MAX_VALUE;
    }

    /**
     * @param maxBatchSize 0 when the model does not batch
     * @param padded requests of any length along dimension 1 batch together, padded with zeros
     *     (token inputs with their attention mask: padding changes no real token's output)
     */
    static PreparedRequest prepare(
            InferenceRequest request, Origin origin, ModelSignature signature, int maxBatchSize, boolean padded) {
        String model = request.model();
        Map<String, Tensor> byName = new HashMap<>();
        for (Tensor input : request.inputs()) {
            if (signature.input(input.name()).isEmpty()) {
                throw new InvalidInputException(String.format(
                        "unexpected inference input '%s' for model '%s'; it expects %s",
                        input.name(), model, names(signature.inputs())));
            }
            if (byName.put(input.name(), input) != null) {
                throw new InvalidInputException("input '" + input.name() + "' is given twice");
            }
        }
        List<Tensor> ordered = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        long batchSize = -1;
        for (TensorSpec spec : signature.inputs()) {
            Tensor input = byName.get(spec.name());
            if (input == null) {
                throw new InvalidInputException(String.format(
                        "model '%s' expects input '%s' (%s %s), which the request does not give",
                        model, spec.name(), spec.datatype(), spec.shape()));
            }
            checkInput(input, spec, model);
            long first = input.shape().length == 0 ? 1 : input.shape()[0];
            if (maxBatchSize > 0) {
                if (batchSize >= 0 && first != batchSize) {
                    throw new InvalidInputException(String.format(
                            "input '%s' has batch size %d but another input has %d", input.name(), first, batchSize));
                }
                if (first > maxBatchSize) {
                    throw new InvalidInputException(String.format(
                            "input '%s' has batch size %d, more than model '%s' allows (max_batch_size %d)",
                            input.name(), first, model, maxBatchSize));
                }
            }
            batchSize = first;
            ordered.add(input);
            long[] shape = input.shape();
            int fixedFrom = padded && shape.length >= 2 ? 2 : Math.min(1, shape.length);
            key.append(spec.name())
                    .append(padded && shape.length >= 2 ? "[~" : "[")
                    .append(Arrays.toString(Arrays.copyOfRange(shape, fixedFrom, shape.length)))
                    .append("];");
        }
        Set<String> outputs = new LinkedHashSet<>();
        if (request.requestedOutputs().isEmpty()) {
            signature.outputs().forEach(spec -> outputs.add(spec.name()));
        } else {
            for (String name : request.requestedOutputs()) {
                if (signature.output(name).isEmpty()) {
                    throw new InvalidInputException(String.format(
                            "unexpected inference output '%s' for model '%s'; it has %s",
                            name, model, names(signature.outputs())));
                }
                outputs.add(name);
            }
        }
        key.append("->").append(outputs);
        return new PreparedRequest(
                request, origin, List.copyOf(ordered), outputs, Math.max(batchSize, 1), key.toString(), padded);
    }

    private static void checkInput(Tensor input, TensorSpec spec, String model) {
        if (input.datatype() != spec.datatype()) {
            throw new InvalidInputException(String.format(
                    "input '%s' has datatype %s but model '%s' expects %s",
                    input.name(), input.datatype(), model, spec.datatype()));
        }
        long[] shape = input.shape();
        if (shape.length != spec.shape().size()) {
            throw new InvalidInputException(String.format(
                    "input '%s' has shape %s but model '%s' expects %s (rank %d)",
                    input.name(),
                    Arrays.toString(shape),
                    model,
                    spec.shape(),
                    spec.shape().size()));
        }
        for (int i = 0; i < shape.length; i++) {
            long expected = spec.shape().get(i);
            if (shape[i] < 0 || (expected >= 0 && shape[i] != expected)) {
                throw new InvalidInputException(String.format(
                        "input '%s' has shape %s but model '%s' expects %s (dimension %d)",
                        input.name(), Arrays.toString(shape), model, spec.shape(), i));
            }
        }
        checkDataLength(input);
    }

    static void checkDataLength(Tensor input) {
        long elements = input.elementCount();
        ByteBuffer data = input.data();
        if (input.datatype() == DataType.BYTES) {
            long found = 0;
            while (data.remaining() >= 4) {
                int length = data.getInt();
                if (length < 0 || length > data.remaining()) {
                    throw new InvalidInputException(String.format(
                            "input '%s': BYTES element %d claims %d bytes but only %d remain",
                            input.name(), found, length & 0xffffffffL, data.remaining()));
                }
                data.position(data.position() + length);
                found++;
            }
            if (found != elements || data.hasRemaining()) {
                throw new InvalidInputException(String.format(
                        "input '%s' holds %d BYTES elements but its shape %s needs %d",
                        input.name(), found, Arrays.toString(input.shape()), elements));
            }
            return;
        }
        long expectedBytes = elements * input.datatype().byteSize();
        if (data.remaining() != expectedBytes) {
            throw new InvalidInputException(String.format(
                    Locale.ROOT,
                    "input '%s' holds %d values but its shape %s needs %d",
                    input.name(),
                    data.remaining() / input.datatype().byteSize(),
                    Arrays.toString(input.shape()),
                    elements));
        }
    }

    private static List<String> names(List<TensorSpec> specs) {
        return specs.stream().map(TensorSpec::name).toList();
    }
}
