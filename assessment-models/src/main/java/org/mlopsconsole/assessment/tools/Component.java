package org.mlopsconsole.assessment.tools;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.ModelCatalog;
import org.mlopsconsole.assessment.challenges.DimensionRef;

/**
 * The nine technical components of an MLOps system (Kreuzberger, Kühl and Hirschl, "Machine
 * Learning Operations (MLOps): Overview, Definition, and Architecture", IEEE Access 11, 2023).
 */
public enum Component {
    C1("CI/CD component", "Builds, tests, delivers and deploys, with fast feedback."),
    C2("Source code repository", "Stores, versions and shares code."),
    C3("Workflow orchestration", "Runs the tasks of ML workflows as directed acyclic graphs."),
    C4("Feature store", "Keeps features centrally: offline for experiments, online for low-latency serving."),
    C5("Model training infrastructure", "Provides the compute (CPU, memory, GPU) for training, ideally scalable."),
    C6("Model registry", "Stores trained models with their metadata."),
    C7("ML metadata store", "Tracks metadata of each task and training run: lineage, versions, stages."),
    C8("Model serving", "Answers predictions online (REST, RPC) or in batches, at scale."),
    C9("Monitoring", "Watches model serving performance and the infrastructure, CI/CD and orchestration.");

    private final String title;
    private final String function;

    Component(String title, String function) {
        this.title = title;
        this.function = function;
    }

    /** {@code C1} … {@code C9}, as in files. */
    public String code() {
        return name();
    }

    public String title() {
        return title;
    }

    /** What the component does, in our words after the paper. */
    public String function() {
        return function;
    }

    /** "C6 Model registry". */
    public String label() {
        return name() + " " + title;
    }

    /**
     * The dimensions of the practices model ({@code mlops-practices}) a missing component leaves
     * weak, our reading of the paper's component functions against that model's dimensions: what an
     * improvement-plan item for the component links to.
     */
    public List<DimensionRef> dimensions() {
        List<String> ids = switch (this) {
            case C1 -> List.of("ci-cd");
            case C2 -> List.of("versioning");
            case C3 -> List.of("orchestration");
            case C4 -> List.of("data-pipelines");
            case C5 -> List.of("continuous-training");
            case C6 -> List.of("versioning", "deployment");
            case C7 -> List.of("metadata");
            case C8 -> List.of("serving");
            case C9 -> List.of("monitoring", "logging");
        };
        return ids.stream()
                .map(id -> new DimensionRef(ModelCatalog.PRACTICES_MODEL_ID, id))
                .toList();
    }

    public static Optional<Component> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
