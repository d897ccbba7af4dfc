package org.mlopsconsole.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Requests for the test models. */
final class Fixtures {

    private Fixtures() {}

    static Tensor classifierInput(int rows, long seed) {
        Random random = new Random(seed);
        float[] values = new float[rows * TestModels.CLASSIFIER_FEATURES];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return Tensor.ofFloats("input", new long[] {rows, TestModels.CLASSIFIER_FEATURES}, values);
    }

    /** input_ids, attention_mask and token_type_ids for {@code rows} sentences of {@code tokens} tokens. */
    static List<Tensor> miniLmInputs(int rows, int tokens, long seed) {
        Random random = new Random(seed);
        long[] ids = new long[rows * tokens];
        long[] mask = new long[rows * tokens];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = i % tokens == 0 ? 101 : 1000 + random.nextInt(20000);
            mask[i] = 1;
        }
        long[] shape = {rows, tokens};
        List<Tensor> inputs = new ArrayList<>();
        inputs.add(Tensor.ofLongs("input_ids", shape, ids));
        inputs.add(Tensor.ofLongs("attention_mask", shape, mask));
        inputs.add(Tensor.ofLongs("token_type_ids", shape, new long[ids.length]));
        return inputs;
    }

    static void writeConfig(Path repository, String model, String json) {
        try {
            Files.createDirectories(repository.resolve(model));
            Files.writeString(repository.resolve(model).resolve(ModelRepository.CONFIG_FILE), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
