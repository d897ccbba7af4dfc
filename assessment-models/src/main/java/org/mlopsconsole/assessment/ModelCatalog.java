package org.mlopsconsole.assessment;

import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.internal.CatalogResources;

/** The maturity models bundled with the app, in a fixed order, with their source files. */
public final class ModelCatalog {

    /** The id of our own model whose answers the crosswalk carries over to every other model. */
    public static final String PRACTICES_MODEL_ID = "mlops-practices";

    private static final List<String> BUNDLED_IDS = List.of(
            "akkiraju-2020",
            "amershi-2019",
            "lwakatare-2020",
            "dhanorkar-2021",
            "google-mlops",
            "microsoft-mlops",
            "aws-mlops-roadmap",
            "ml-test-score",
            "mlops-baseline-checklist",
            PRACTICES_MODEL_ID);

    private static final class Bundled {
        static final ModelCatalog INSTANCE = load();
    }

    private final List<MaturityModel> models;

    private ModelCatalog(List<MaturityModel> models) {
        this.models = List.copyOf(models);
    }

    public static ModelCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /** A catalog of {@code models}, which must include one with id {@value #PRACTICES_MODEL_ID}. */
    public static ModelCatalog of(List<MaturityModel> models) {
        if (models.stream().noneMatch(model -> model.id().equals(PRACTICES_MODEL_ID))) {
            throw new IllegalArgumentException("a catalog needs the model " + PRACTICES_MODEL_ID);
        }
        return new ModelCatalog(models);
    }

    /** The file names of the bundled models under the catalog folder, in catalog order. */
    public static List<String> bundledFileNames() {
        return BUNDLED_IDS.stream().map(id -> id + ".json").toList();
    }

    public List<MaturityModel> models() {
        return models;
    }

    public Optional<MaturityModel> find(String id) {
        return models.stream().filter(model -> model.id().equals(id)).findFirst();
    }

    public MaturityModel practicesModel() {
        return find(PRACTICES_MODEL_ID).orElseThrow();
    }

    /** The bundled model's definition file exactly as shipped, for export and editing. */
    public Optional<String> sourceJson(String id) {
        return BUNDLED_IDS.contains(id) ? Optional.of(CatalogResources.read(id + ".json")) : Optional.empty();
    }

    public List<String> ids() {
        return models.stream().map(MaturityModel::id).toList();
    }

    private static ModelCatalog load() {
        ModelLoader loader = ModelLoader.withBundledPractices();
        return new ModelCatalog(BUNDLED_IDS.stream()
                .map(id -> loader.parse("catalog/" + id + ".json", CatalogResources.read(id + ".json")))
                .toList());
    }
}
