package org.mlopsconsole.assessment.roles;

import org.mlopsconsole.assessment.internal.Codes;

/**
 * A lifecycle activity: a row of a RACI.
 *
 * @param releaseGate being Accountable for it means approving models for release (model
 *     evaluation, publishing to a registry, deployment)
 * @param deploysModels being Responsible for it means putting models into production
 */
public record Activity(
        String id,
        String name,
        Stage stage,
        String description,
        String source,
        boolean releaseGate,
        boolean deploysModels) {

    /** Where an activity comes from. */
    public enum Stage {
        /** One of the nine workflow stages of Amershi et al. 2019. */
        AMERSHI_WORKFLOW,
        /** One of the operationalization steps of Kolltveit and Li 2022. */
        OPERATIONALIZATION,
        /** Defined by one RACI. */
        CUSTOM;

        /** {@code amershi-workflow}, {@code operationalization} or {@code custom}. */
        public String code() {
            return Codes.of(this);
        }
    }

    /** An activity a RACI defines for itself. */
    public static Activity custom(
            String id, String name, String description, boolean releaseGate, boolean deploysModels) {
        return new Activity(id, name, Stage.CUSTOM, description, RoleSet.CUSTOM.source(), releaseGate, deploysModels);
    }
}
