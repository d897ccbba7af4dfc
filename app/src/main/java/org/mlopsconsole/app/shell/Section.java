package org.mlopsconsole.app.shell;

/** The sections of the main window's sidebar, in display order. */
public enum Section {
    ASSESSMENTS(
            "assessments",
            "Assessments",
            "Engagements, live workshops and results: score an organization against the MLOps maturity"
                    + " models of the literature, see why each level was reached, the gaps and the roadmap."),
    ROLES_AND_TOOLS(
            "roles-and-tools",
            "Roles & Tools",
            "Who does what (a RACI matrix of the MLOps roles) and which tools cover which stage of the"
                    + " machine learning lifecycle."),
    REPORTS(
            "reports",
            "Reports",
            "Excel workbooks with native charts, Word reports, PowerPoint decks and PDFs of an assessment,"
                    + " and offline Excel questionnaires for participants who cannot attend."),
    DEPLOYMENTS(
            "deployments",
            "Deployments",
            "The local model repository: import ONNX models, serve them over the Open Inference Protocol"
                    + " with batching, and redeploy without downtime."),
    MONITORING(
            "monitoring",
            "Monitoring",
            "Live metrics of served models: latency, throughput and errors, the prediction log, data drift"
                    + " and outcomes."),
    BENCHMARKS(
            "benchmarks",
            "Benchmarks",
            "Latency and throughput of a model on this machine, at several batch sizes and concurrencies,"
                    + " compared run against run."),
    SETTINGS("settings", "Settings", "Appearance, the workspace and its logs.");

    private final String id;
    private final String title;
    private final String purpose;

    Section(String id, String title, String purpose) {
        this.id = id;
        this.title = title;
        this.purpose = purpose;
    }

    /** Stable identifier, used for persisted state and node ids. */
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** What the section holds, shown until the section is built. */
    public String purpose() {
        return purpose;
    }

    public static Section fromId(String id, Section fallback) {
        for (Section section : values()) {
            if (section.id.equals(id)) {
                return section;
            }
        }
        return fallback;
    }
}
