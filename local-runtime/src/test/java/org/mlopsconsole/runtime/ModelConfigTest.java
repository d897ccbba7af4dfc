package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.runtime.ModelConfig.VersionPolicy;
import org.mlopsconsole.runtime.ModelConfig.WarmupData;
import org.mlopsconsole.runtime.internal.repository.ModelConfigReader;

class ModelConfigTest {

    @Test
    void everyDocumentedFieldIsRead() {
        ModelConfig config = ModelConfigReader.parse("""
                {"max_batch_size": 16,
                 "dynamic_batching": {"max_queue_delay_microseconds": 500, "preferred_batch_size": [4, 8]},
                 "max_queue_size": 10, "instance_count": 2, "intra_op_threads": 1, "inter_op_threads": 1,
                 "warmup": {"batch_size": 2, "count": 3, "data": "random"},
                 "version_policy": {"specific": {"versions": [1, 3]}},
                 "response_cache": {"enable": true, "max_bytes": 1000}}
                """, "m/config.json");

        assertThat(config.maxBatchSize()).hasValue(16);
        assertThat(config.dynamicBatching().maxQueueDelayMicros()).isEqualTo(500);
        assertThat(config.dynamicBatching().preferredBatchSizes()).containsExactly(4, 8);
        assertThat(config.maxQueueSize()).isEqualTo(10);
        assertThat(config.instanceCount()).isEqualTo(2);
        assertThat(config.warmup()).isEqualTo(new ModelConfig.Warmup(2, 3, WarmupData.RANDOM));
        assertThat(config.versionPolicy()).isEqualTo(new VersionPolicy.Specific(List.of(1L, 3L)));
        assertThat(config.responseCache()).isEqualTo(new ModelConfig.ResponseCache(true, 1000));
    }

    @Test
    void anEmptyObjectGivesTheDefaults() {
        assertThat(ModelConfigReader.parse("{}", "m/config.json")).isEqualTo(ModelConfig.defaults());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"max_batch_sise\": 4}                            | unknown field \"max_batch_sise\"",
                "{\"max_batch_size\": \"4\"}                        | max_batch_size must be an integer from 0 to 4096",
                "{\"instance_count\": 0}                            | instance_count must be an integer from 1 to 64",
                "{\"dynamic_batching\": {\"delay\": 1}}              | unknown field \"dynamic_batching.delay\"",
                "{\"warmup\": {\"data\": \"ones\"}}                  | warmup.data must be \"zero\" or \"random\"",
                "{\"version_policy\": {\"newest\": {}}}              | version_policy.newest is unknown",
                "{\"version_policy\": {\"specific\": {\"versions\": []}}} | version_policy.specific.versions must be a non-empty array",
                "[1]                                                | must hold a JSON object",
                "{\"max_batch_size\": 4                             | is not valid JSON",
                "{\"variants\": {\"latency_slo_ms\": 5, \"members\": [{\"model\": \"a\", \"accuracy\": 1}]}} | variants.members must list at least two",
                "{\"variants\": {\"latency_slo_ms\": 0, \"members\": [{\"model\": \"a\", \"accuracy\": 1}, {\"model\": \"b\", \"accuracy\": 1}]}} | variants.latency_slo_ms must be a positive number",
            })
    void aWrongConfigIsRefusedNamingTheField(String json, String message) {
        assertThatThrownBy(() -> ModelConfigReader.parse(json, "m/config.json"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("m/config.json")
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource({"1, '3'", "2, '2,3'", "5, '1,2,3'"})
    void latestPolicyServesTheNewestVersions(int count, String expected) {
        List<Long> selected = new VersionPolicy.Latest(count).select(List.of(1L, 2L, 3L));

        assertThat(selected).map(String::valueOf).containsExactly(expected.split(","));
    }
}
