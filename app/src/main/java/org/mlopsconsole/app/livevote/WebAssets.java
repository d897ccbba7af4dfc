package org.mlopsconsole.app.livevote;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The voting page and its script and style, shipped in the jar: no CDN, works with no internet. */
final class WebAssets {

    private record Asset(String resource, String contentType) {}

    private static final Map<String, Asset> ASSETS = Map.of(
            "/", new Asset("index.html", "text/html; charset=utf-8"),
            "/app.js", new Asset("app.js", "text/javascript; charset=utf-8"),
            "/app.css", new Asset("app.css", "text/css; charset=utf-8"));

    private WebAssets() {}

    static void register(RoutesConfig routes, String prefix) {
        ASSETS.forEach((path, asset) -> {
            byte[] content = read(asset.resource());
            routes.get(
                    prefix + path, ctx -> ctx.contentType(asset.contentType()).result(content));
        });
    }

    private static byte[] read(String name) {
        try (InputStream in = WebAssets.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the live vote's page lacks web/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
