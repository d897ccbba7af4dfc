package org.mlopsconsole.runtime.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.Tensor;

class ResponseCacheTest {

    private static List<Tensor> outputsOf(int floats) {
        return List.of(Tensor.ofFloats("out", new long[] {floats}, new float[floats]));
    }

    @Test
    void theLeastRecentlyUsedEntryGoesWhenTheBytesRunOut() {
        // each entry: 400 bytes of data + 512 of overhead = 912; three do not fit in 2,000
        ResponseCache cache = new ResponseCache(2_000);
        cache.put("a", outputsOf(100));
        cache.put("b", outputsOf(100));
        cache.get("a");

        cache.put("c", outputsOf(100));

        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.usedBytes()).isLessThanOrEqualTo(2_000);
    }

    @Test
    void anEntryLargerThanTheWholeCacheIsNotKept() {
        ResponseCache cache = new ResponseCache(1_000);

        cache.put("big", outputsOf(1_000));

        assertThat(cache.size()).isZero();
    }
}
