package org.mlopsconsole.assessment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.internal.CatalogResources;

/** The MLOps practices that questions link to, so that one questionnaire can answer every model. */
public final class PracticeCatalog {

    private static final class Bundled {
        static final PracticeCatalog INSTANCE = read(CatalogResources.read("practices.json"));
    }

    private final List<Practice> practices;

    private PracticeCatalog(List<Practice> practices) {
        this.practices = List.copyOf(practices);
    }

    /** The catalog shipped in this module ({@code catalog/practices.json}). */
    public static PracticeCatalog bundled() {
        return Bundled.INSTANCE;
    }

    public List<Practice> practices() {
        return practices;
    }

    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        practices.forEach(practice -> ids.add(practice.id()));
        return ids;
    }

    public Optional<Practice> find(String id) {
        return practices.stream().filter(practice -> practice.id().equals(id)).findFirst();
    }

    private static PracticeCatalog read(String json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            List<Practice> practices = new ArrayList<>();
            root.path("practices")
                    .forEach(node -> practices.add(new Practice(
                            node.path("id").asText(),
                            node.path("name").asText(),
                            node.path("description").asText(),
                            node.path("lifecycleStage").asText(),
                            node.path("principle").asText())));
            return new PracticeCatalog(practices);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The bundled practices.json is not valid JSON", e);
        }
    }
}
