package org.mlopsconsole.app.assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.mlopsconsole.app.assessment.AssessmentsViewModel.TeamChoice;
import org.mlopsconsole.workspace.EngagementArchive;
import org.mlopsconsole.workspace.Transfers;

/** The questions an engagement file's import asks: may it be added, and into which team. */
final class EngagementDialogs {

    private EngagementDialogs() {}

    static void unreadable(Window owner, Path file, String reason) {
        ProblemsDialog.show(
                owner,
                "The engagement file cannot be imported",
                file.getFileName() + " was not imported; nothing in the workspace changed.",
                List.of(reason));
    }

    /**
     * Asks before an import: an organization is added as a new one, an assessment goes into the
     * team chosen here. Empty when the user declines (or there is no team to take an assessment).
     */
    static Optional<OptionalLong> confirmImport(
            Window owner, Path file, EngagementArchive archive, List<TeamChoice> teams) {
        if (archive instanceof EngagementArchive.OfOrganization) {
            Alert alert = new Alert(
                    Alert.AlertType.CONFIRMATION,
                    "It is added as a new organization, with its teams, assessments, notes and history;"
                            + " nothing in this workspace is changed or replaced.",
                    ButtonType.OK,
                    ButtonType.CANCEL);
            alert.initOwner(owner);
            alert.setTitle("Import engagement file");
            alert.setHeaderText("Import the " + Transfers.describe(archive) + " from " + file.getFileName() + "?");
            alert.getDialogPane().setId("import-engagement-dialog");
            return alert.showAndWait().filter(ButtonType.OK::equals).map(ok -> OptionalLong.empty());
        }
        if (teams.isEmpty()) {
            unreadable(owner, file, "It holds one assessment, which goes into a team: create a team first.");
            return Optional.empty();
        }
        ChoiceDialog<TeamChoice> choice = new ChoiceDialog<>(teams.get(0), teams);
        choice.initOwner(owner);
        choice.setTitle("Import engagement file");
        choice.setHeaderText("Import the " + Transfers.describe(archive) + " from " + file.getFileName() + "?");
        choice.setContentText("Into the team");
        choice.getDialogPane().setId("import-engagement-dialog");
        return choice.showAndWait().map(team -> OptionalLong.of(team.teamId()));
    }
}
