package org.mlopsconsole.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mlopsconsole.app.reports.ReportSettings;
import org.mlopsconsole.app.reports.TestPngs;
import org.mlopsconsole.reports.PaperSize;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspaceLocation;
import org.mlopsconsole.workspace.WorkspacePropertyRepository;
import org.mlopsconsole.workspace.Workspaces;

/** Settings → Reports: consultancy, logo and paper, checked and saved with the workspace; no toolkit. */
class ReportSettingsViewModelTest {

    @TempDir
    Path dir;

    private final Map<String, String> stored = new HashMap<>();
    private final WorkspacePropertyRepository properties = new WorkspacePropertyRepository() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };

    private SettingsViewModel viewModel;

    private SettingsViewModel opened(ReportSettings settings) {
        SettingsViewModel opened = new SettingsViewModel(
                new SimpleBooleanProperty(),
                new WorkspaceLocation.Folder(dir.resolve("ws")),
                () -> Path.of("b.zip"),
                Runnable::run,
                Runnable::run);
        opened.withReportSettings(settings).join();
        return opened;
    }

    @BeforeEach
    void openSettings() {
        viewModel = opened(new ReportSettings(properties, dir.resolve("local").resolve("report-logo.png")));
    }

    @Test
    void withNothingSavedReportsAreUnbrandedOnA4() {
        assertThat(viewModel.consultancyProperty().get()).isEmpty();
        assertThat(viewModel.paperProperty().get()).isEqualTo(PaperSize.A4);
        assertThat(viewModel.logoProperty().get()).isNull();
        assertThat(viewModel.papers()).extracting(SettingsViewModel::paperName).containsExactly("A4", "Letter");
    }

    @Test
    void aPngThatFitsIsPreviewedAndSavedWithNameAndPaper() {
        Path png = TestPngs.write(dir.resolve("logo.png"), TestPngs.png(300, 100));
        viewModel.consultancyProperty().set("Northwind Consulting");
        viewModel.paperProperty().set(PaperSize.LETTER);

        viewModel.chooseLogo(png);
        viewModel.saveReportSettings().join();

        assertThat(viewModel.logoProperty().get().widthPixels()).isEqualTo(300);
        assertThat(viewModel.reportSettingsFailedProperty().get()).isFalse();
        assertThat(viewModel.reportSettingsStatusProperty().get()).startsWith("Report settings saved");
        ReportOptions reread =
                new ReportSettings(properties, dir.resolve("local").resolve("report-logo.png")).load();
        assertThat(reread.branding().consultancy()).isEqualTo("Northwind Consulting");
        assertThat(reread.paper()).isEqualTo(PaperSize.LETTER);
        assertThat(reread.branding().logo())
                .hasValueSatisfying(logo -> assertThat(logo.heightPixels()).isEqualTo(100));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not a PNG      | 0    | 0    | The logo logo.png is not a PNG picture: save it as PNG.",
                "too tall       | 100  | 2001 | The logo logo.png is 100×2001 pixels; a logo may be at most 2000×2000.",
                "over 1 MB      | -1   | 0    | The logo logo.png is 1.5 MB; a logo may be at most 1 MB: export a smaller PNG.",
            })
    void aLogoThatDoesNotFitIsRefusedWithAClearMessageAndTheLastOneStays(
            String what, int width, int height, String message) {
        viewModel.chooseLogo(TestPngs.write(dir.resolve("good.png"), TestPngs.png(10, 10)));
        byte[] bytes = width == 0
                ? "GIF89a, not a PNG".getBytes()
                : width < 0 ? new byte[1024 * 1024 * 3 / 2] : TestPngs.png(width, height);

        viewModel.chooseLogo(TestPngs.write(dir.resolve("logo.png"), bytes));

        assertThat(viewModel.reportSettingsStatusProperty().get()).isEqualTo(message);
        assertThat(viewModel.reportSettingsFailedProperty().get()).isTrue();
        assertThat(viewModel.logoProperty().get().widthPixels()).isEqualTo(10);
    }

    @Test
    void removingTheLogoAndSavingDeletesTheSavedOne() {
        Path logoFile = dir.resolve("local").resolve("report-logo.png");
        viewModel.chooseLogo(TestPngs.write(dir.resolve("logo.png"), TestPngs.png(20, 20)));
        viewModel.saveReportSettings().join();
        assertThat(logoFile).exists();

        viewModel.removeLogo();
        viewModel.saveReportSettings().join();

        assertThat(logoFile).doesNotExist();
        assertThat(viewModel.logoProperty().get()).isNull();
    }

    @Test
    void aNameTooLongForACoverCannotBeSaved() {
        viewModel.consultancyProperty().set("N".repeat(ReportSettings.MAX_CONSULTANCY_LENGTH + 1));

        assertThat(viewModel.saveReportSettingsDisabled().get()).isTrue();
        assertThat(viewModel.consultancyProblem()).contains("201 characters; at most 200");
        viewModel.saveReportSettings().join();
        assertThat(stored).doesNotContainKey("reports.consultancy");
    }

    @Test
    void theSettingsSurviveARestartOfTheWorkspace() {
        WorkspaceLocation.Folder location = new WorkspaceLocation.Folder(dir.resolve("h2"));
        try (Workspace workspace = Workspaces.open(location)) {
            SettingsViewModel first = opened(ReportSettings.of(workspace));
            first.consultancyProperty().set("Northwind Consulting");
            first.paperProperty().set(PaperSize.LETTER);
            first.chooseLogo(TestPngs.write(dir.resolve("logo.png"), TestPngs.png(64, 32)));
            first.saveReportSettings().join();
        }

        try (Workspace reopened = Workspaces.open(location)) {
            SettingsViewModel again = opened(ReportSettings.of(reopened));

            assertThat(again.consultancyProperty().get()).isEqualTo("Northwind Consulting");
            assertThat(again.paperProperty().get()).isEqualTo(PaperSize.LETTER);
            assertThat(again.logoProperty().get().widthPixels()).isEqualTo(64);
            assertThat(Files.exists(location.localDirectory().resolve("report-logo.png")))
                    .isTrue();
        }
    }
}
