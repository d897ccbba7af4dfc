package org.mlopsconsole.assessment.internal;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.mlopsconsole.assessment.ValidationError;

/** Runs the shipped JSON Schema of the model format over a located document. */
public final class SchemaCheck {

    public static final String SCHEMA_RESOURCE = "/org/mlopsconsole/assessment/maturity-model.schema.json";

    private static final JsonSchema SCHEMA = loadSchema();

    private SchemaCheck() {}

    public static List<ValidationError> check(LocatedDocument document) {
        return SCHEMA.validate(document.root()).stream()
                .sorted(Comparator.comparing(
                                (ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(message -> document.errorAt(pointerOf(message), describe(message)))
                .toList();
    }

    private static String pointerOf(ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        // A missing or extra property is reported on its object; point at the property itself.
        if (message.getProperty() != null && "additionalProperties".equals(message.getType())) {
            return LocatedDocument.child(pointer, message.getProperty());
        }
        return pointer;
    }

    private static String describe(ValidationMessage message) {
        return switch (message.getType()) {
            case "required" -> "required field \"" + message.getProperty() + "\" is missing";
            case "additionalProperties" -> "unknown field \"" + message.getProperty() + "\"";
            case "pattern" -> "ids may hold only letters, digits, '.', '_' and '-', and start with a letter or digit";
            default -> message.getError();
        };
    }

    private static JsonSchema loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ROOT)
                .build();
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + SCHEMA_RESOURCE);
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
