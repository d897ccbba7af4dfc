package org.mlopsconsole.app.assessment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mlopsconsole.app.common.EmptyState;
import org.mlopsconsole.app.common.Failures;
import org.mlopsconsole.workspace.Assessments;
import org.mlopsconsole.workspace.Change;

/** An assessment's change history, newest first, and its export as CSV. */
public final class ChangeHistoryViewModel {

    /** What the history table says before anything was changed. */
    public static final EmptyState NO_CHANGES = new EmptyState(
            "Nothing has been changed in this assessment yet.",
            "Rate a question in workshop mode; every rating, note and edit is listed here with who and when.");

    /** One row of the history table, as text. */
    public record Row(String when, String who, String what, String participant, String item, String from, String to) {}

    static final List<String> CSV_HEADER =
            List.of("changed_at", "changed_by", "field", "participant", "item", "old_value", "new_value");

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final long assessmentId;
    private final Assessments assessments;
    private final Executor background;
    private final Executor ui;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private List<Change> changes = List.of();

    public ChangeHistoryViewModel(
            long assessmentId, Assessments assessments, Executor background, Executor ui, ZoneId zone) {
        this.assessmentId = assessmentId;
        this.assessments = assessments;
        this.background = background;
        this.ui = ui;
        this.zone = zone;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public CompletableFuture<Void> load() {
        return CompletableFuture.supplyAsync(() -> assessments.history(assessmentId), background)
                .handleAsync(
                        (loaded, failure) -> {
                            if (failure != null) {
                                message.set("Could not read the history: " + Failures.message(failure));
                                return null;
                            }
                            changes = loaded;
                            rows.setAll(loaded.stream()
                                    .sorted(java.util.Comparator.comparing(Change::changedAt)
                                            .thenComparing(Change::id)
                                            .reversed())
                                    .map(this::row)
                                    .toList());
                            message.set(loaded.isEmpty() ? "No changes yet." : loaded.size() + " changes");
                            return null;
                        },
                        ui);
    }

    /** Writes the history, oldest first, as CSV (UTF-8, RFC 4180); true when written. */
    public CompletableFuture<Boolean> exportCsv(Path file) {
        List<Change> toWrite = changes;
        return CompletableFuture.supplyAsync(
                        () -> {
                            write(toWrite, file);
                            return true;
                        },
                        background)
                .handleAsync(
                        (done, failure) -> {
                            message.set(
                                    failure == null
                                            ? "History written to " + file
                                            : "Could not write " + file + ": " + Failures.message(failure));
                            return failure == null;
                        },
                        ui);
    }

    static String csv(List<Change> changes) {
        StringBuilder csv = new StringBuilder();
        line(csv, CSV_HEADER);
        for (Change change : changes) {
            line(
                    csv,
                    List.of(
                            change.changedAt().toString(),
                            change.changedBy(),
                            change.field().name().toLowerCase(java.util.Locale.ROOT),
                            change.participantName().orElse(""),
                            change.itemId(),
                            change.oldValue().orElse(""),
                            change.newValue().orElse("")));
        }
        return csv.toString();
    }

    private static void write(List<Change> changes, Path file) {
        try {
            Path target = file.toAbsolutePath();
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.writeString(temporary, csv(changes), StandardCharsets.UTF_8);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(fields.get(i)));
        }
        csv.append("\r\n");
    }

    /** Quoted when needed; a leading = + - @ is defused so that spreadsheets do not run it as a formula. */
    private static String field(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    private Row row(Change change) {
        return new Row(
                WHEN.format(change.changedAt().atZone(zone)),
                change.changedBy(),
                change.field().label(),
                change.participantName().orElse(""),
                change.itemId(),
                show(change.oldValue()),
                show(change.newValue()));
    }

    private static String show(Optional<String> value) {
        return value.orElse("–");
    }
}
