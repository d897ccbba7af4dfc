package org.mlopsconsole.runtime.internal.http;

import io.javalin.http.Context;
import java.util.OptionalLong;
import org.mlopsconsole.runtime.InvalidInputException;

/** The path parameters the endpoints share. */
final class Paths {

    private Paths() {}

    static String model(Context ctx) {
        return ctx.pathParam("model");
    }

    static OptionalLong version(Context ctx) {
        String text = ctx.pathParam("version");
        if (!text.matches("[1-9][0-9]{0,17}")) {
            throw new InvalidInputException("version '" + text + "' is not a version number");
        }
        return OptionalLong.of(Long.parseLong(text));
    }
}
