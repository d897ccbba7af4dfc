package org.mlopsconsole.runtime.internal.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.DataType;
import org.mlopsconsole.runtime.ModelConfig;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.TensorSpec;
import org.mlopsconsole.runtime.internal.repository.ModelConfigReader;

class DeploymentWriterTest {

    private static final ModelSignature BATCHABLE = new ModelSignature(
            List.of(new TensorSpec("x", DataType.FP32, List.of(-1L, 2L))),
            List.of(new TensorSpec("y", DataType.FP32, List.of(-1L, 2L))));

    @Test
    void theKServeManifestRequestsWhatTheTritonRuntimeAllowsAndSetsItsLimits() {
        String manifest = DeploymentWriter.inferenceService("m", "s3://bucket/m");

        assertThat(manifest)
                .contains("        requests:\n          cpu: \"1\"\n          memory: 2Gi\n")
                .contains("        limits:\n          cpu: \"1\"\n          memory: 2Gi\n");
    }

    @Test
    void threadCountsAreLeftToTritonUnlessTheConfigSetsThem() {
        String unset = DeploymentWriter.tritonConfig("m", ModelConfig.defaults(), BATCHABLE);
        String set = DeploymentWriter.tritonConfig(
                "m", ModelConfigReader.parse("{\"intra_op_threads\": 3, \"inter_op_threads\": 2}", "test"), BATCHABLE);

        assertThat(unset).doesNotContain("intra_op_thread_count").doesNotContain("inter_op_thread_count");
        assertThat(set)
                .contains("key: \"intra_op_thread_count\" value: { string_value: \"3\" }")
                .contains("key: \"inter_op_thread_count\" value: { string_value: \"2\" }");
    }

    @Test
    void maxQueueSizeIsKeptWhenTheModelDoesNotBatch() {
        ModelConfig config = ModelConfigReader.parse("{\"max_batch_size\": 0, \"max_queue_size\": 7}", "test");

        String text = DeploymentWriter.tritonConfig("m", config, BATCHABLE);

        assertThat(text).contains("max_batch_size: 0").contains("default_queue_policy { max_queue_size: 7 }");
    }
}
