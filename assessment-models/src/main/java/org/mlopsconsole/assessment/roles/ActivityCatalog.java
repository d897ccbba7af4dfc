package org.mlopsconsole.assessment.roles;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.internal.CatalogResources;
import org.mlopsconsole.assessment.internal.Codes;
import org.mlopsconsole.assessment.internal.DocumentFields;

/**
 * The lifecycle activities: Amershi et al.'s nine workflow stages and the operationalization
 * steps of Kolltveit and Li ({@code catalog/lifecycle-activities.json}).
 */
public final class ActivityCatalog {

    public static final String FORMAT = "mlops-console-lifecycle-activities";
    public static final int FORMAT_VERSION = 1;

    private static final String FILE = "lifecycle-activities.json";
    private static final Set<String> ROOT_FIELDS = Set.of("format", "formatVersion", "activities");
    private static final Set<String> ACTIVITY_FIELDS =
            Set.of("id", "name", "stage", "description", "source", "releaseGate", "deploysModels");

    private static final class Bundled {
        static final ActivityCatalog INSTANCE = parse("catalog/" + FILE, CatalogResources.read(FILE));
    }

    private final List<Activity> activities;

    private ActivityCatalog(List<Activity> activities) {
        this.activities = List.copyOf(activities);
    }

    public static ActivityCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads an activities catalog; throws {@link org.mlopsconsole.assessment.DocumentValidationException}. */
    public static ActivityCatalog parse(String file, String json) {
        return DocumentFields.read(
                file, json, "lifecycle activities catalog", FORMAT, FORMAT_VERSION, ActivityCatalog::read);
    }

    public List<Activity> activities() {
        return activities;
    }

    public List<Activity> activities(Activity.Stage stage) {
        return activities.stream().filter(activity -> activity.stage() == stage).toList();
    }

    public Optional<Activity> find(String id) {
        return activities.stream().filter(activity -> activity.id().equals(id)).findFirst();
    }

    public Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        activities.forEach(activity -> ids.add(activity.id()));
        return ids;
    }

    private static ActivityCatalog read(DocumentFields fields) {
        JsonNode root = fields.root();
        fields.unknownFields(root, "", ROOT_FIELDS);
        List<Activity> activities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        fields.forEachElement(root, "", "activities", (node, at) -> {
            fields.unknownFields(node, at, ACTIVITY_FIELDS);
            String id = fields.requiredText(node, at, "id");
            fields.unique(id, ids, child(at, "id"), "activity");
            String stageCode = fields.requiredText(node, at, "stage");
            Optional<Activity.Stage> stage =
                    Codes.parse(Activity.Stage.class, stageCode).filter(parsed -> parsed != Activity.Stage.CUSTOM);
            if (stage.isEmpty() && !stageCode.isEmpty()) {
                fields.add(child(at, "stage"), "stage must be amershi-workflow or operationalization");
            }
            activities.add(new Activity(
                    id,
                    fields.requiredText(node, at, "name"),
                    stage.orElse(Activity.Stage.CUSTOM),
                    fields.requiredText(node, at, "description"),
                    fields.requiredText(node, at, "source"),
                    fields.optionalBoolean(node, at, "releaseGate"),
                    fields.optionalBoolean(node, at, "deploysModels")));
        });
        return new ActivityCatalog(activities);
    }
}
