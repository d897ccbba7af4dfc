package org.mlopsconsole.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the files bundled under the catalog package of this module. */
public final class CatalogResources {

    private static final String FOLDER = "/org/mlopsconsole/assessment/catalog/";

    private CatalogResources() {}

    public static String read(String fileName) {
        try (InputStream in = CatalogResources.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("The catalog file " + fileName + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
