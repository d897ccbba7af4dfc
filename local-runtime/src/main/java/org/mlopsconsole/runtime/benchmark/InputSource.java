package org.mlopsconsole.runtime.benchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Where request tensors come from. */
public sealed interface InputSource {

    /** Sequence length MiniLM-like models get when nothing else is said. */
    long DEFAULT_DYNAMIC_DIMENSION = 16;

    /**
     * Tensors made from the model's signature. The first dimension is the batch when it is
     * variable; every other variable dimension is {@code dynamicDimension} (a sequence length, say)
     * unless {@code shapes} gives the input's whole shape after the batch dimension.
     */
    record Generated(Fill fill, Map<String, List<Long>> shapes, long dynamicDimension) implements InputSource {
        public Generated {
            shapes = Map.copyOf(shapes);
            if (dynamicDimension < 1) {
                throw new IllegalArgumentException("a dynamic dimension must be at least 1");
            }
        }

        public static Generated random() {
            return new Generated(Fill.RANDOM, Map.of(), DEFAULT_DYNAMIC_DIMENSION);
        }
    }

    /**
     * Examples read from a file: JSON in perf_analyzer's input-data form
     * ({@code {"data": [{"NAME": [values] | {"content": [values], "shape": [dims]}}, ...]}}, one
     * entry per example, shapes without the batch dimension), or CSV for a model with one input
     * (one example per row, an optional header row). A batch of n stacks n consecutive examples.
     */
    record DataFile(Path file) implements InputSource {}

    /** How generated tensors are filled. */
    enum Fill {
        /**
         * Floats uniform in [0, 1), integers 0 or 1 (so ids, masks and token types stay valid
         * indices), booleans at random, strings "example".
         */
        RANDOM,
        ZERO
    }
}
