package org.mlopsconsole.app.assessment;

import java.util.List;
import org.mlopsconsole.workspace.Assessment;
import org.mlopsconsole.workspace.Organization;
import org.mlopsconsole.workspace.Team;

/** One row of the engagement tree: an organization, a team or an assessment. */
public sealed interface EngagementNode {

    String label();

    boolean archived();

    record OrganizationNode(Organization organization, List<TeamNode> teams) implements EngagementNode {
        public OrganizationNode {
            teams = List.copyOf(teams);
        }

        @Override
        public String label() {
            return organization.name();
        }

        @Override
        public boolean archived() {
            return organization.archived();
        }
    }

    record TeamNode(Team team, List<AssessmentNode> assessments) implements EngagementNode {
        public TeamNode {
            assessments = List.copyOf(assessments);
        }

        @Override
        public String label() {
            return team.name();
        }

        @Override
        public boolean archived() {
            return team.archived();
        }
    }

    record AssessmentNode(Assessment assessment) implements EngagementNode {
        @Override
        public String label() {
            return assessment.date() + " " + assessment.title();
        }

        @Override
        public boolean archived() {
            return assessment.archived();
        }
    }
}
