package org.mlopsconsole.workspace;

/** The repositories of one transaction (or of auto-committed reads, outside one). */
public record Repositories(
        EngagementRepository engagements,
        AssessmentRepository assessments,
        HistoryRepository history,
        EvidenceRepository evidence,
        PlanRepository plans,
        RolesAndToolsRepository rolesAndTools) {}
