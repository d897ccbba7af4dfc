package org.mlopsconsole.runtime;

import java.time.Instant;
import java.util.List;

/** What is known about one imported model version, kept by a {@link RepositoryMetadataStore}. */
public record ModelVersionRecord(
        String name,
        long version,
        String sha256,
        long sizeBytes,
        ModelSignature signature,
        Instant importedAt,
        ModelStage stage,
        List<String> tags) {

    public ModelVersionRecord {
        tags = List.copyOf(tags);
    }

    public ModelVersionRecord withStage(ModelStage newStage) {
        return new ModelVersionRecord(name, version, sha256, sizeBytes, signature, importedAt, newStage, tags);
    }
}
