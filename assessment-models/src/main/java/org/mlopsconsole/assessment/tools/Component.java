package org.mlopsconsole.assessment.tools;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<Component> of(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
