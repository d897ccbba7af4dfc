package org.mlopsconsole.assessment.challenges;

import static org.mlopsconsole.assessment.internal.LocatedDocument.child;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mlopsconsole.assessment.internal.CatalogResources;
import org.mlopsconsole.assessment.internal.Codes;
import org.mlopsconsole.assessment.internal.DocumentFields;

/**
 * The challenges of the second seed's sections 5.2 and 5.4 (Kolltveit and Li 2022) and the four
 * quality attributes of Lwakatare et al. 2020 ({@code catalog/challenges.json}). Dimension links are
 * checked for form here; that they name bundled models' dimensions is a test of the bundle.
 */
public final class ChallengeCatalog {

    public static final String FORMAT = "mlops-console-challenges";
    public static final int FORMAT_VERSION = 1;

    private static final String FILE = "challenges.json";
    private static final Set<String> ROOT_FIELDS = Set.of("format", "formatVersion", "challenges");
    private static final Set<String> CHALLENGE_FIELDS =
            Set.of("id", "name", "area", "description", "threatens", "source");

    private static final class Bundled {
        static final ChallengeCatalog INSTANCE = parse("catalog/" + FILE, CatalogResources.read(FILE));
    }

    private final List<Challenge> challenges;

    private ChallengeCatalog(List<Challenge> challenges) {
        this.challenges = List.copyOf(challenges);
    }

    public static ChallengeCatalog bundled() {
        return Bundled.INSTANCE;
    }

    /** Reads a challenge catalog; throws {@link org.mlopsconsole.assessment.DocumentValidationException}. */
    public static ChallengeCatalog parse(String file, String json) {
        return DocumentFields.read(file, json, "challenge catalog", FORMAT, FORMAT_VERSION, ChallengeCatalog::read);
    }

    public List<Challenge> challenges() {
        return challenges;
    }

    public List<Challenge> challenges(Challenge.Area area) {
        return challenges.stream().filter(c -> c.area() == area).toList();
    }

    public Optional<Challenge> find(String id) {
        return challenges.stream()
                .filter(challenge -> challenge.id().equals(id))
                .findFirst();
    }

    private static ChallengeCatalog read(DocumentFields fields) {
        JsonNode root = fields.root();
        fields.unknownFields(root, "", ROOT_FIELDS);
        List<Challenge> challenges = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        fields.forEachElement(root, "", "challenges", (node, at) -> {
            fields.unknownFields(node, at, CHALLENGE_FIELDS);
            String id = fields.requiredText(node, at, "id");
            fields.unique(id, ids, child(at, "id"), "challenge");
            String areaCode = fields.requiredText(node, at, "area");
            Optional<Challenge.Area> area = Codes.parse(Challenge.Area.class, areaCode);
            if (area.isEmpty() && !areaCode.isEmpty()) {
                fields.add(child(at, "area"), "area must be " + Codes.choices(Challenge.Area.class));
            }
            challenges.add(new Challenge(
                    id,
                    fields.requiredText(node, at, "name"),
                    area.orElse(Challenge.Area.TOOLING_GAP),
                    fields.requiredText(node, at, "description"),
                    dimensions(fields, node, at),
                    fields.requiredText(node, at, "source")));
        });
        return new ChallengeCatalog(challenges);
    }

    private static List<DimensionRef> dimensions(DocumentFields fields, JsonNode node, String at) {
        List<DimensionRef> refs = new ArrayList<>();
        List<String> texts = fields.texts(node, at, "threatens");
        for (int i = 0; i < texts.size(); i++) {
            Optional<DimensionRef> ref = DimensionRef.parse(texts.get(i));
            if (ref.isEmpty()) {
                fields.add(child(child(at, "threatens"), i), "write a dimension as model/dimension");
            }
            ref.ifPresent(refs::add);
        }
        return refs;
    }
}
