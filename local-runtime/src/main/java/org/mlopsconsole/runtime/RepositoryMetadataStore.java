package org.mlopsconsole.runtime;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the metadata of imported model versions. The runtime ships a file-based store ({@link
 * FileRepositoryMetadataStore}); an embedding application can keep the same records elsewhere (for
 * example in its workspace database) by implementing this interface.
 */
public interface RepositoryMetadataStore {

    List<ModelVersionRecord> all();

    default Optional<ModelVersionRecord> find(String name, long version) {
        return all().stream()
                .filter(record -> record.name().equals(name) && record.version() == version)
                .findFirst();
    }

    /** Adds the record, or replaces the one with the same name and version. */
    void save(ModelVersionRecord record);
}
