package org.mlopsconsole.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mlopsconsole.runtime.internal.repository.MetadataJson;

/**
 * Keeps the records in one JSON file, by default {@value #FILE_NAME} in the repository's root
 * (Triton and KServe ignore files there). Writes go to a temporary file that replaces the old one,
 * so a crash never leaves half a file.
 */
public final class FileRepositoryMetadataStore implements RepositoryMetadataStore {

    public static final String FILE_NAME = ".mlops-metadata.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path file;

    public FileRepositoryMetadataStore(Path file) {
        this.file = file;
    }

    public static FileRepositoryMetadataStore inRepository(Path repositoryRoot) {
        return new FileRepositoryMetadataStore(repositoryRoot.resolve(FILE_NAME));
    }

    @Override
    public synchronized List<ModelVersionRecord> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            List<ModelVersionRecord> records = new ArrayList<>();
            for (JsonNode node : root.path("versions")) {
                records.add(MetadataJson.read(node));
            }
            return List.copyOf(records);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("Cannot read the model metadata in " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void save(ModelVersionRecord record) {
        List<ModelVersionRecord> records = new ArrayList<>(all());
        records.removeIf(old -> old.name().equals(record.name()) && old.version() == record.version());
        records.add(record);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", 1);
        root.put("written", Instant.now().toString());
        ArrayNode versions = root.putArray("versions");
        records.forEach(each -> versions.add(MetadataJson.write(each)));
        try {
            Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".metadata", ".tmp");
            MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the model metadata to " + file, e);
        }
    }
}
