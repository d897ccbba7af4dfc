package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.PipelineConfig.Classification;
import org.mlopsconsole.runtime.PipelineConfig.Padding;
import org.mlopsconsole.runtime.PipelineConfig.Pooling;
import org.mlopsconsole.runtime.PipelineConfig.PoolingMode;
import org.mlopsconsole.runtime.PipelineConfig.Tokenization;
import org.mlopsconsole.runtime.internal.repository.ModelConfigReader;
import org.mlopsconsole.runtime.internal.repository.PipelineJson;

class PipelineConfigTest {

    @Test
    void aPipelineReadsWithItsStepsAndDefaults() {
        ModelConfig config = ModelConfigReader.parse("""
                {"pipeline": {"model": "minilm",
                  "preprocess": {"tokenizer": {"max_length": 128, "padding": "max_length"}},
                  "postprocess": {"pooling": {"mode": "cls", "normalize": true}}}}
                """, "minilm-text/config.json");

        assertThat(config.pipeline())
                .contains(new PipelineConfig(
                        "minilm",
                        Optional.of(new Tokenization("tokenizer.json", 128, true, Padding.MAX_LENGTH)),
                        Optional.of(new Pooling(PoolingMode.CLS, true, Optional.empty()))));
    }

    @Test
    void whatIsWrittenReadsBackEqual() {
        PipelineConfig pipeline = new PipelineConfig(
                "classifier",
                Optional.of(Tokenization.of("tokenizer.json", 64)),
                Optional.of(new Classification(false, 3, Optional.of("labels.txt"), Optional.of("logits"))));

        String json = PipelineJson.configJson(pipeline);

        assertThat(ModelConfigReader.parse(json, "c/config.json").pipeline()).contains(pipeline);
    }

    @Test
    void stepsDescribeThemselvesInOrder() {
        PipelineConfig pipeline = new PipelineConfig(
                "minilm",
                Optional.of(Tokenization.of("tokenizer.json", 256)),
                Optional.of(new Pooling(PoolingMode.MEAN, true, Optional.empty())));

        assertThat(pipeline.describeSteps())
                .isEqualTo(List.of(
                        "tokenize   tokenizer.json (max length 256, truncation on, padding longest)",
                        "model      minilm",
                        "pool       mean, L2-normalized"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no model | {\"pipeline\": {\"postprocess\": {\"pooling\": {}}}} | pipeline.model must name a model",
                "no step | {\"pipeline\": {\"model\": \"m\"}} | needs a \"preprocess\" or a \"postprocess\" step",
                "unknown step field | {\"pipeline\": {\"model\": \"m\", \"postprocess\": {\"pooling\": {\"mod\": \"mean\"}}}}"
                        + " | unknown field \"pipeline.postprocess.pooling.mod\"",
                "bad pooling | {\"pipeline\": {\"model\": \"m\", \"postprocess\": {\"pooling\": {\"mode\": \"max\"}}}}"
                        + " | pipeline.postprocess.pooling.mode must be \"mean\" or \"cls\"",
                "two post steps | {\"pipeline\": {\"model\": \"m\", \"postprocess\": {\"pooling\": {}, \"classification\": {}}}}"
                        + " | exactly one of \"pooling\", \"classification\"",
                "path outside | {\"pipeline\": {\"model\": \"m\", \"preprocess\": {\"tokenizer\": {\"file\": \"../t.json\"}}}}"
                        + " | pipeline.preprocess.tokenizer.file must be the name of a file in the pipeline's folder",
                "absolute path | {\"pipeline\": {\"model\": \"m\", \"preprocess\": {\"tokenizer\": {\"file\": \"/etc/t.json\"}}}}"
                        + " | must be the name of a file in the pipeline's folder",
                "max length | {\"pipeline\": {\"model\": \"m\", \"preprocess\": {\"tokenizer\": {\"max_length\": 1}}}}"
                        + " | pipeline.preprocess.tokenizer.max_length must be an integer from 2 to 65536",
                "padding | {\"pipeline\": {\"model\": \"m\", \"preprocess\": {\"tokenizer\": {\"padding\": \"right\"}}}}"
                        + " | padding must be \"longest\" or \"max_length\"",
                "truncation | {\"pipeline\": {\"model\": \"m\", \"preprocess\": {\"tokenizer\": {\"truncation\": \"yes\"}}}}"
                        + " | pipeline.preprocess.tokenizer.truncation must be true or false",
                "top k | {\"pipeline\": {\"model\": \"m\", \"postprocess\": {\"classification\": {\"top_k\": 0}}}}"
                        + " | pipeline.postprocess.classification.top_k must be an integer from 1",
                "with batching | {\"pipeline\": {\"model\": \"m\", \"postprocess\": {\"pooling\": {}}}, \"max_batch_size\": 4}"
                        + " | \"pipeline\" stands alone"
            })
    void aBadPipelineIsRefusedNamingTheFileAndTheField(String why, String json, String message) {
        assertThatThrownBy(() -> ModelConfigReader.parse(json, "p/config.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("p/config.json: ")
                .hasMessageContaining(message);
    }
}
