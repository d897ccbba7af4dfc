package org.mlopsconsole.runtime.internal.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.benchmark.InputSource;

/** Builds the requests a benchmark sends, from the model's signature or from a data file. */
public final class Payloads {

    /** Distinct random requests, sent round robin, so no cache sees one request over and over. */
    static final int RANDOM_VARIANTS = 8;

    private static final ObjectMapper JSON = new ObjectMapper();

    private Payloads() {}

    /** The requests for batch size {@code batch}; each request is one tensor per model input. */
    public static List<List<Tensor>> build(ModelSignature signature, int batch, InputSource source, long seed) {
        if (source instanceof InputSource.Generated generated) {
            return generate(signature, batch, generated, seed);
        }
        return fromFile(signature, batch, ((InputSource.DataFile) source).file());
    }

    static List<List<Tensor>> generate(
            ModelSignature signature, int batch, InputSource.Generated generated, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int variants = generated.fill() == InputSource.Fill.ZERO ? 1 : RANDOM_VARIANTS;
        List<List<Tensor>> requests = new ArrayList<>();
        for (int v = 0; v < variants; v++) {
            List<Tensor> inputs = new ArrayList<>();
            for (TensorSpec spec : signature.inputs()) {
                long[] shape = shape(spec, batch, generated);
                inputs.add(filled(spec, shape, generated.fill(), random));
            }
            requests.add(inputs);
        }
        return requests;
    }

    /** The batch first when the model batches, then the override or the spec's dimensions. */
    static long[] shape(TensorSpec spec, int batch, InputSource.Generated generated) {
        boolean batched = spec.hasVariableFirstDimension();
        if (!batched && batch != 1) {
            throw new InvalidInputException(String.format(
                    "input '%s' has no variable batch dimension (shape %s): only --batch 1 fits it",
                    spec.name(), spec.shape()));
        }
        List<Long> rest = batched ? spec.shape().subList(1, spec.shape().size()) : spec.shape();
        List<Long> override = generated.shapes().get(spec.name());
        if (override != null) {
            if (override.size() != rest.size()) {
                throw new InvalidInputException(String.format(
                        "the shape given for '%s' has %d dimensions; the model's has %d%s",
                        spec.name(), override.size(), rest.size(), batched ? " after the batch dimension" : ""));
            }
            rest = override;
        }
        long[] shape = new long[rest.size() + (batched ? 1 : 0)];
        int at = 0;
        if (batched) {
            shape[at++] = batch;
        }
        for (long dimension : rest) {
            shape[at++] = dimension < 0 ? generated.dynamicDimension() : dimension;
        }
        return shape;
    }

    private static Tensor filled(TensorSpec spec, long[] shape, InputSource.Fill fill, SplittableRandom random) {
        long count = Tensor.elementCount(shape);
        boolean zero = fill == InputSource.Fill.ZERO;
        List<Object> values = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            values.add(
                    switch (spec.datatype()) {
                        case BYTES -> zero ? "" : "example";
                        case BOOL -> !zero && random.nextBoolean();
                        case FP16, BF16, FP32, FP64 -> zero ? 0.0 : random.nextDouble();
                        default -> zero ? 0L : (long) random.nextInt(2);
                    });
        }
        return tensor(spec.name(), spec.datatype(), shape, values);
    }

    /** One tensor from flat values (Number, Boolean or String) in the protocol's binary form. */
    static Tensor tensor(String name, DataType type, long[] shape, List<Object> values) {
        if (type == DataType.BYTES) {
            return Tensor.ofStrings(
                    name, shape, values.stream().map(String::valueOf).toArray(String[]::new));
        }
        ByteBuffer buffer = ByteBuffer.allocate(values.size() * type.byteSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (Object value : values) {
            put(buffer, type, value);
        }
        return new Tensor(name, type, shape, buffer.flip());
    }

    private static void put(ByteBuffer buffer, DataType type, Object value) {
        double number = value instanceof Boolean bool ? (bool ? 1 : 0) : ((Number) value).doubleValue();
        switch (type) {
            case BOOL, INT8, UINT8 -> buffer.put((byte) number);
            case INT16, UINT16 -> buffer.putShort((short) number);
            case INT32, UINT32 -> buffer.putInt((int) number);
            case INT64, UINT64 -> buffer.putLong(value instanceof Number n ? n.longValue() : (long) number);
            case FP32 -> buffer.putFloat((float) number);
            case FP64 -> buffer.putDouble(number);
            case BF16 -> buffer.putShort((short) (Float.floatToIntBits((float) number) >>> 16));
            case FP16 -> buffer.putShort(half((float) number));
            default -> throw new InvalidInputException("cannot build " + type + " values");
        }
    }

    /** IEEE half precision, rounding toward zero: good enough for load, not for accuracy. */
    static short half(float value) {
        int bits = Float.floatToIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xff) - 127 + 15;
        int mantissa = (bits >>> 13) & 0x3ff;
        if (exponent <= 0) {
            return (short) sign;
        }
        if (exponent >= 31) {
            return (short) (sign | 0x7c00);
        }
        return (short) (sign | exponent << 10 | mantissa);
    }

    /** One example of the file: flat values and the shape without the batch dimension. */
    record Example(List<Object> values, long[] shape) {}

    static List<List<Tensor>> fromFile(ModelSignature signature, int batch, Path file) {
        List<Map<String, Example>> examples;
        try {
            String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
            examples = name.endsWith(".csv") ? readCsv(signature, file) : readJson(signature, file);
        } catch (IOException e) {
            throw new InvalidInputException(
                    "cannot read the input file " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (examples.isEmpty()) {
            throw new InvalidInputException("the input file " + file.getFileName() + " holds no examples");
        }
        List<List<Tensor>> requests = new ArrayList<>();
        int count = Math.max(1, examples.size() / batch);
        for (int r = 0; r < count; r++) {
            List<Map<String, Example>> rows = new ArrayList<>();
            for (int b = 0; b < batch; b++) {
                rows.add(examples.get((r * batch + b) % examples.size()));
            }
            requests.add(stack(signature, rows, batch));
        }
        return requests;
    }

    private static List<Tensor> stack(ModelSignature signature, List<Map<String, Example>> rows, int batch) {
        List<Tensor> inputs = new ArrayList<>();
        for (TensorSpec spec : signature.inputs()) {
            List<Object> values = new ArrayList<>();
            long[] exampleShape = null;
            for (Map<String, Example> row : rows) {
                Example example = row.get(spec.name());
                if (example == null) {
                    throw new InvalidInputException("an example in the input file has no '" + spec.name() + "'");
                }
                if (exampleShape != null && !java.util.Arrays.equals(exampleShape, example.shape())) {
                    throw new InvalidInputException("examples of '" + spec.name()
                            + "' differ in shape, so they cannot be batched together; use --batch 1");
                }
                exampleShape = example.shape();
                values.addAll(example.values());
            }
            boolean batched = spec.hasVariableFirstDimension();
            long[] shape = batched ? prepend(batch, exampleShape) : exampleShape;
            if (!batched && batch != 1) {
                throw new InvalidInputException("input '" + spec.name() + "' has no batch dimension: use --batch 1");
            }
            inputs.add(tensor(spec.name(), spec.datatype(), shape, values));
        }
        return inputs;
    }

    private static long[] prepend(long first, long[] rest) {
        long[] shape = new long[rest.length + 1];
        shape[0] = first;
        System.arraycopy(rest, 0, shape, 1, rest.length);
        return shape;
    }

    private static List<Map<String, Example>> readJson(ModelSignature signature, Path file) throws IOException {
        JsonNode data = JSON.readTree(file.toFile()).path("data");
        if (!data.isArray()) {
            throw new InvalidInputException("the input file needs a \"data\" array of examples (perf_analyzer's form)");
        }
        List<Map<String, Example>> examples = new ArrayList<>();
        for (JsonNode entry : data) {
            Map<String, Example> example = new LinkedHashMap<>();
            for (TensorSpec spec : signature.inputs()) {
                JsonNode node = entry.get(spec.name());
                if (node == null) {
                    throw new InvalidInputException("an example in the input file has no '" + spec.name() + "'");
                }
                JsonNode content = node.isObject() ? node.path("content") : node;
                List<Object> values = new ArrayList<>();
                flatten(content, values);
                long[] shape = node.has("shape")
                        ? JSON.convertValue(node.get("shape"), long[].class)
                        : inferShape(spec, values.size());
                example.put(spec.name(), new Example(values, shape));
            }
            examples.add(example);
        }
        return examples;
    }

    private static void flatten(JsonNode node, List<Object> values) {
        if (node.isArray()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                flatten(it.next(), values);
            }
        } else if (node.isBoolean()) {
            values.add(node.booleanValue());
        } else if (node.isIntegralNumber()) {
            values.add(node.longValue());
        } else if (node.isNumber()) {
            values.add(node.doubleValue());
        } else {
            values.add(node.asText());
        }
    }

    /** The example's shape: the spec's after the batch dimension, its one variable dimension solved. */
    static long[] inferShape(TensorSpec spec, int valueCount) {
        List<Long> rest = spec.hasVariableFirstDimension()
                ? spec.shape().subList(1, spec.shape().size())
                : spec.shape();
        long known = 1;
        int variable = -1;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i) < 0) {
                if (variable >= 0) {
                    throw new InvalidInputException("'" + spec.name()
                            + "' has more than one variable dimension: give each example's \"shape\"");
                }
                variable = i;
            } else {
                known *= rest.get(i);
            }
        }
        long[] shape = rest.stream().mapToLong(Long::longValue).toArray();
        if (variable >= 0) {
            shape[variable] = valueCount / Math.max(1, known);
        }
        if (Tensor.elementCount(shape) != valueCount) {
            throw new InvalidInputException(String.format(
                    "an example of '%s' has %d values, which does not fit the shape %s",
                    spec.name(), valueCount, spec.shape()));
        }
        return shape;
    }

    private static List<Map<String, Example>> readCsv(ModelSignature signature, Path file) throws IOException {
        if (signature.inputs().size() != 1) {
            throw new InvalidInputException("a CSV input file fits a model with one input; use JSON for "
                    + signature.inputs().size() + " inputs");
        }
        TensorSpec spec = signature.inputs().get(0);
        List<Map<String, Example>> examples = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            if (examples.isEmpty() && !numeric(cells[0].trim())) {
                continue; // the header row
            }
            List<Object> values = new ArrayList<>();
            for (String cell : cells) {
                String text = cell.trim();
                values.add(spec.datatype() == DataType.BYTES ? text : (Object) Double.parseDouble(text));
            }
            examples.add(Map.of(spec.name(), new Example(values, inferShape(spec, values.size()))));
        }
        return examples;
    }

    private static boolean numeric(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
