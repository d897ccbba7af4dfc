package org.mlopsconsole.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.ONNXExportable;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/** Real ONNX models for tests: a Tribuo classifier trained here, and MiniLM from its Maven jar. */
public final class TestModels {

    public static final int CLASSIFIER_FEATURES = 4;
    private static final String[] FEATURE_NAMES = {"f0", "f1", "f2", "f3"};
    /** Held so the level sticks: Tribuo logs every training at INFO through java.util.logging. */
    private static final java.util.logging.Logger TRIBUO_LOG = quietTribuo();

    private static java.util.logging.Logger quietTribuo() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger("org.tribuo");
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private TestModels() {}

    /** A logistic regression over 4 features and 3 classes; input "input" FP32 [-1,4]. */
    public static Path tribuoClassifier(Path file) {
        LabelFactory factory = new LabelFactory();
        MutableDataset<Label> data =
                new MutableDataset<>(new SimpleDataSourceProvenance("synthetic", factory), factory);
        Random random = new Random(42);
        String[] classes = {"red", "green", "blue"};
        for (int i = 0; i < 300; i++) {
            int label = i % 3;
            double[] values = new double[CLASSIFIER_FEATURES];
            for (int f = 0; f < values.length; f++) {
                values[f] = random.nextGaussian() + (f == label ? 2.0 : 0.0);
            }
            data.add(new ArrayExample<>(new Label(classes[label]), FEATURE_NAMES, values));
        }
        Model<Label> model = new LogisticRegressionTrainer().train(data);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ((ONNXExportable) model).saveONNXModel("org.mlopsconsole.test", 1, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * An ONNX Identity model built here with ONNX's protobuf classes (shipped with Tribuo): input
     * "x" and output "y" of the given ONNX element type, shape [-1, 2].
     */
    public static Path identity(Path file, ai.onnx.proto.OnnxMl.TensorProto.DataType elementType) {
        ai.onnx.proto.OnnxMl.TypeProto type = ai.onnx.proto.OnnxMl.TypeProto.newBuilder()
                .setTensorType(ai.onnx.proto.OnnxMl.TypeProto.Tensor.newBuilder()
                        .setElemType(elementType.getNumber())
                        .setShape(ai.onnx.proto.OnnxMl.TensorShapeProto.newBuilder()
                                .addDim(ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension.newBuilder()
                                        .setDimParam("batch"))
                                .addDim(ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension.newBuilder()
                                        .setDimValue(2))))
                .build();
        ai.onnx.proto.OnnxMl.GraphProto graph = ai.onnx.proto.OnnxMl.GraphProto.newBuilder()
                .setName("identity")
                .addNode(ai.onnx.proto.OnnxMl.NodeProto.newBuilder()
                        .setOpType("Identity")
                        .addInput("x")
                        .addOutput("y"))
                .addInput(ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder()
                        .setName("x")
                        .setType(type))
                .addOutput(ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder()
                        .setName("y")
                        .setType(type))
                .build();
        ai.onnx.proto.OnnxMl.ModelProto model = ai.onnx.proto.OnnxMl.ModelProto.newBuilder()
                .setIrVersion(8)
                .addOpsetImport(
                        ai.onnx.proto.OnnxMl.OperatorSetIdProto.newBuilder().setVersion(14))
                .setGraph(graph)
                .build();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, model.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** all-MiniLM-L6-v2 fp32 (90 MB): inputs input_ids, attention_mask, token_type_ids INT64 [-1,-1]. */
    public static Path miniLm(Path file) {
        return copyResource("/all-minilm-l6-v2.onnx", file);
    }

    /** all-MiniLM-L6-v2 quantized to int8 (23 MB), same signature. */
    public static Path miniLmQuantized(Path file) {
        return copyResource("/all-minilm-l6-v2-q.onnx", file);
    }

    /**
     * The embedding pipeline the tests and benchmarks serve MiniLM through, as the EmbeddingReference
     * computes it: its tokenizer.json (max length 256), mean pooling, L2 normalization.
     */
    public static PipelineConfig meanPooledEmbedding(String model) {
        return new PipelineConfig(
                model,
                java.util.Optional.of(PipelineConfig.Tokenization.of("tokenizer.json", 256)),
                java.util.Optional.of(
                        new PipelineConfig.Pooling(PipelineConfig.PoolingMode.MEAN, true, java.util.Optional.empty())));
    }

    /** The tokenizer.json shipped beside MiniLM fp32 in its jar. */
    public static Path miniLmTokenizer(Path file) {
        return copyResource("/all-minilm-l6-v2-tokenizer.json", file);
    }

    /** The tokenizer.json shipped beside MiniLM int8 (the same vocabulary). */
    public static Path miniLmQuantizedTokenizer(Path file) {
        return copyResource("/all-minilm-l6-v2-q-tokenizer.json", file);
    }

    private static Path copyResource(String resource, Path file) {
        try (InputStream in = TestModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
