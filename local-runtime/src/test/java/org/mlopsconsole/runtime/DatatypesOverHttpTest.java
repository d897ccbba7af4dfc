package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnx.proto.OnnxMl.TensorProto;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every datatype ONNX Runtime's Java API exchanges goes through JSON and back unchanged. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatatypesOverHttpTest {

    @TempDir
    static Path temp;

    private LocalRuntime runtime;
    private RuntimeServer server;
    private HttpFixture http;

    @BeforeAll
    void start() {
        ModelRepository repository = ModelRepository.open(temp.resolve("repo"));
        for (TensorProto.DataType type : new TensorProto.DataType[] {
            TensorProto.DataType.BOOL, TensorProto.DataType.UINT8, TensorProto.DataType.INT8,
            TensorProto.DataType.INT16, TensorProto.DataType.INT32, TensorProto.DataType.INT64,
            TensorProto.DataType.FLOAT16, TensorProto.DataType.BFLOAT16, TensorProto.DataType.FLOAT,
            TensorProto.DataType.DOUBLE, TensorProto.DataType.STRING
        }) {
            String name = "identity-" + type.name().toLowerCase(java.util.Locale.ROOT);
            repository.importModel(TestModels.identity(temp.resolve(name + ".onnx"), type), name, OptionalLong.empty());
        }
        runtime = LocalRuntime.create(repository);
        runtime.loadAll().join();
        server = RuntimeServer.start(runtime, ServerOptions.localDefaults().withPort(0));
        http = new HttpFixture(server.baseUrl());
    }

    @AfterAll
    void stop() {
        server.close();
        runtime.close();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "bool     | BOOL  | [[true,false],[false,true]]",
                "uint8    | UINT8 | [[0,255],[7,128]]",
                "int8     | INT8  | [[-128,127],[0,-1]]",
                "int16    | INT16 | [[-32768,32767],[0,-1]]",
                "int32    | INT32 | [[-2147483648,2147483647],[0,-1]]",
                "int64    | INT64 | [[-9007199254740993,9223372036854775807],[0,-1]]",
                "float16  | FP16  | [[1.5,-2.0],[0.25,65504.0]]",
                "bfloat16 | BF16  | [[1.5,-2.0],[0.25,1.2676506E30]]",
                "float    | FP32  | [[1.5,-2.25],[3.4028235E38,1.4E-45]]",
                "double   | FP64  | [[1.5,-2.25],[1.7976931348623157E308,4.9E-324]]",
                "string   | BYTES | [[\"a\",\"\"],[\"ünïcödé\",\"x y\"]]",
            })
    void valuesComeBackAsTheyWereSent(String model, String datatype, String data) throws Exception {
        String body = "{\"inputs\": [{\"name\": \"x\", \"shape\": [2, 2], \"datatype\": \"" + datatype
                + "\", \"data\": " + data + "}]}";

        HttpFixture.Answer answer = http.post("/v2/models/identity-" + model + "/infer", body);

        assertThat(answer.status()).as(answer::error).isEqualTo(200);
        JsonNode output = answer.json().get("outputs").get(0);
        assertThat(output.get("datatype").asText()).isEqualTo(datatype);
        assertThat(output.get("shape").toString()).isEqualTo("[2,2]");
        JsonNode sent = HttpFixture.JSON.readTree(data);
        java.util.List<String> expected = new java.util.ArrayList<>();
        sent.forEach(row -> row.forEach(value -> expected.add(value.asText())));
        java.util.List<String> returned = new java.util.ArrayList<>();
        output.get("data").forEach(value -> returned.add(value.asText()));
        if (datatype.startsWith("FP") || datatype.equals("BF16")) {
            assertThat(returned)
                    .map(Double::parseDouble)
                    .containsExactlyElementsOf(
                            expected.stream().map(Double::parseDouble).toList());
        } else {
            assertThat(returned).containsExactlyElementsOf(expected);
        }
    }
}
