package org.mlopsconsole.app.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.mlopsconsole.reports.Branding;
import org.mlopsconsole.reports.PaperSize;
import org.mlopsconsole.reports.ReportOptions;
import org.mlopsconsole.workspace.Workspace;
import org.mlopsconsole.workspace.WorkspacePropertyRepository;

/**
 * The report options saved with a workspace (Settings → Reports), used by the Reports section and
 * every {@code report} command. The consultancy's name and the paper size are workspace
 * properties, so a team workspace on a server shares them; the logo is a PNG file in the
 * workspace's local folder, beside its UI state ({@value #LOGO_FILE}): up to 1 MB does not fit a
 * property, and a file needs no schema change. For a folder workspace that is the workspace
 * folder itself, so the logo travels with it.
 */
public final class ReportSettings {

    static final String CONSULTANCY = "reports.consultancy";
    static final String PAPER = "reports.paper";
    static final String LOGO_FILE = "report-logo.png";

    /** A workspace property holds up to 4000 characters; a name on a cover needs far fewer. */
    public static final int MAX_CONSULTANCY_LENGTH = 200;

    private final WorkspacePropertyRepository properties;
    private final Path logoFile;

    public ReportSettings(WorkspacePropertyRepository properties, Path logoFile) {
        this.properties = properties;
        this.logoFile = logoFile;
    }

    public static ReportSettings of(Workspace workspace) {
        return new ReportSettings(
                workspace.properties(), workspace.location().localDirectory().resolve(LOGO_FILE));
    }

    /** The saved options; a logo file that is no longer a fitting PNG is left out. */
    public ReportOptions load() {
        Branding branding = Branding.of(properties.get(CONSULTANCY).orElse(""));
        Optional<Branding.Logo> logo = savedLogo();
        return new ReportOptions(
                properties.get(PAPER).flatMap(ReportSettings::paper).orElse(PaperSize.A4),
                logo.map(branding::withLogo).orElse(branding));
    }

    /** Saves name, paper and logo; no logo removes the saved one. */
    public void save(ReportOptions options) {
        String consultancy = options.branding().consultancy();
        if (consultancy.length() > MAX_CONSULTANCY_LENGTH) {
            throw new IllegalArgumentException(
                    "the consultancy's name may be at most " + MAX_CONSULTANCY_LENGTH + " characters");
        }
        properties.put(CONSULTANCY, consultancy);
        properties.put(PAPER, options.paper().name().toLowerCase(Locale.ROOT));
        try {
            Optional<Branding.Logo> logo = options.branding().logo();
            if (logo.isPresent()) {
                Files.createDirectories(logoFile.getParent());
                Path temporary = Files.createTempFile(logoFile.getParent(), "report-logo", ".tmp");
                Files.write(temporary, logo.get().png());
                Files.move(temporary, logoFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(logoFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the logo in " + logoFile.getParent(), e);
        }
    }

    /** "a4" or "letter", in any case; anything else is empty. */
    public static Optional<PaperSize> paper(String text) {
        for (PaperSize size : PaperSize.values()) {
            if (size.name().equalsIgnoreCase(text.strip())) {
                return Optional.of(size);
            }
        }
        return Optional.empty();
    }

    private Optional<Branding.Logo> savedLogo() {
        if (!Files.isRegularFile(logoFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReportLogos.read(logoFile));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
