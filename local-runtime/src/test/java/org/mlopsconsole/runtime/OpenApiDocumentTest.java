package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /openapi.json is valid OpenAPI 3.0 as a real parser reads it (finding 7 of issue 12), and complete. */
class OpenApiDocumentTest {

    @TempDir
    Path temp;

    @Test
    void theServedDocumentParsesWithoutMessagesAndListsEveryEndpoint() {
        try (LocalRuntime runtime = LocalRuntime.create(ModelRepository.open(temp.resolve("repo")));
                RuntimeServer server = RuntimeServer.start(
                        runtime, ServerOptions.localDefaults().withPort(0))) {
            String document = new String(
                    new HttpFixture(server.baseUrl()).get("/openapi.json").body(), StandardCharsets.UTF_8);
            ParseOptions options = new ParseOptions();
            options.setResolve(true);

            SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
            OpenAPI api = result.getOpenAPI();

            assertThat(result.getMessages()).isEmpty();
            assertThat(api.getOpenapi()).isEqualTo("3.0.3");
            assertThat(api.getPaths().keySet())
                    .containsExactlyInAnyOrder(
                            "/v2/health/live",
                            "/v2/health/ready",
                            "/v2",
                            "/v2/models/{model}",
                            "/v2/models/{model}/versions/{version}",
                            "/v2/models/{model}/ready",
                            "/v2/models/{model}/versions/{version}/ready",
                            "/v2/models/{model}/infer",
                            "/v2/models/{model}/versions/{version}/infer",
                            "/v2/models/stats",
                            "/v2/models/{model}/stats",
                            "/v2/models/{model}/versions/{version}/stats",
                            "/v2/repository/index",
                            "/v2/repository/models/{model}/load",
                            "/v2/repository/models/{model}/unload",
                            "/metrics",
                            "/v2/models/{model}/outcomes",
                            "/v2/models/{model}/outcomes/summary",
                            "/v2/models/{model}/predictions",
                            "/v2/predictions/stats",
                            "/openapi.json");
        }
    }
}
