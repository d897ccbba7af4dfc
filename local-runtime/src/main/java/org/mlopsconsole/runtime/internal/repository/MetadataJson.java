package org.mlopsconsole.runtime.internal.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.ModelStage;
import org.mlopsconsole.runtime.ModelVersionRecord;
import org.mlopsconsole.runtime.TensorSpec;

/** The JSON form of {@link ModelVersionRecord}, written field by field so it stays stable. */
public final class MetadataJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MetadataJson() {}

    public static ObjectNode write(ModelVersionRecord record) {
        ObjectNode node = NODES.objectNode();
        node.put("name", record.name());
        node.put("version", record.version());
        node.put("sha256", record.sha256());
        node.put("size_bytes", record.sizeBytes());
        node.put("imported_at", record.importedAt().toString());
        node.put("stage", record.stage().name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode tags = node.putArray("tags");
        record.tags().forEach(tags::add);
        node.set("inputs", specs(record.signature().inputs()));
        node.set("outputs", specs(record.signature().outputs()));
        return node;
    }

    public static ArrayNode specs(List<TensorSpec> specs) {
        ArrayNode array = NODES.arrayNode();
        for (TensorSpec spec : specs) {
            ObjectNode tensor = array.addObject();
            tensor.put("name", spec.name());
            tensor.put("datatype", spec.datatype().name());
            ArrayNode shape = tensor.putArray("shape");
            spec.shape().forEach(shape::add);
        }
        return array;
    }

    public static ModelVersionRecord read(JsonNode node) {
        List<String> tags = new ArrayList<>();
        node.path("tags").forEach(tag -> tags.add(tag.asText()));
        return new ModelVersionRecord(
                node.get("name").asText(),
                node.get("version").asLong(),
                node.get("sha256").asText(),
                node.get("size_bytes").asLong(),
                new ModelSignature(readSpecs(node.get("inputs")), readSpecs(node.get("outputs"))),
                Instant.parse(node.get("imported_at").asText()),
                ModelStage.valueOf(node.get("stage").asText().toUpperCase(java.util.Locale.ROOT)),
                tags);
    }

    private static List<TensorSpec> readSpecs(JsonNode array) {
        List<TensorSpec> specs = new ArrayList<>();
        for (JsonNode tensor : array) {
            List<Long> shape = new ArrayList<>();
            tensor.get("shape").forEach(dim -> shape.add(dim.asLong()));
            specs.add(new TensorSpec(
                    tensor.get("name").asText(),
                    DataType.valueOf(tensor.get("datatype").asText()),
                    shape));
        }
        return specs;
    }
}
