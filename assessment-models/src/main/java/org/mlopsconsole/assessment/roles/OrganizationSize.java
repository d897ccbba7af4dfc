package org.mlopsconsole.assessment.roles;

import java.util.Optional;
import org.mlopsconsole.assessment.internal.CatalogResources;
import org.mlopsconsole.assessment.internal.Codes;

/**
 * The bundled starting RACIs: a small organization with four of the survey's common profiles, a
 * medium one with five of Kreuzberger et al.'s roles, a large one with all seven; each over the
 * fifteen lifecycle activities, passing the {@link RaciCheck} with no finding, and without people.
 */
public enum OrganizationSize {
    SMALL,
    MEDIUM,
    LARGE;

    /** {@code small}, {@code medium} or {@code large}. */
    public String code() {
        return Codes.of(this);
    }

    public static Optional<OrganizationSize> of(String code) {
        return Codes.parse(OrganizationSize.class, code);
    }

    /** The template as a RACI file, ready to be edited and checked. */
    public String templateJson() {
        return CatalogResources.read(fileName());
    }

    public Raci template() {
        return RaciFiles.parse("catalog/" + fileName(), templateJson());
    }

    private String fileName() {
        return "raci-template-" + code() + ".json";
    }
}
