package org.mlopsconsole.workspace;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mlopsconsole.assessment.plan.PlanItem;

/**
 * Risk overrides, plan items and the follow-up link, as stored; callers go through {@link Plans},
 * which checks versions and runs each use case in one transaction.
 */
public interface PlanRepository {

    /** In plan order. */
    List<StoredPlanItem> items(long assessmentId);

    /**
     * Inserts the item at the end of the plan ({@code expectedVersion} 0) or updates it when its
     * version is still {@code expectedVersion}; empty when it is not (nothing changed).
     */
    Optional<StoredPlanItem> save(long assessmentId, PlanItem item, long expectedVersion);

    boolean delete(long assessmentId, String itemId);

    /** By question id, in definition order of the rows. */
    List<StoredRiskOverride> riskOverrides(long assessmentId);

    /** Inserts or replaces the override of its question. */
    void setRiskOverride(long assessmentId, StoredRiskOverride override);

    boolean clearRiskOverride(long assessmentId, String questionId);

    /** Makes {@code assessmentId} a follow-up of {@code previousId}. */
    void linkPrevious(long assessmentId, long previousId);

    OptionalLong previous(long assessmentId);
}
