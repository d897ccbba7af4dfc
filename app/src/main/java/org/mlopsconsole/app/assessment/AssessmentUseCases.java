package org.mlopsconsole.app.assessment;

import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Evidence;
import org.mlopsconsole.workspace.Plans;
import org.mlopsconsole.workspace.Workspace;

/** The workspace use cases an open assessment needs: its values, its evidence, its risks and plan. */
public record AssessmentUseCases(Assessments assessments, Evidence evidence, Plans plans) {

    public static AssessmentUseCases of(Workspace workspace) {
        return new AssessmentUseCases(workspace.assessments(), workspace.evidence(), workspace.plans());
    }
}
