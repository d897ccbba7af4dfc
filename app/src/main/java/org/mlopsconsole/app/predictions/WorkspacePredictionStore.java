package org.mlopsconsole.app.predictions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.mlopsconsole.runtime.predictions.GroundTruth;
import org.mlopsconsole.runtime.predictions.JoinedPrediction;
import org.mlopsconsole.runtime.predictions.Outcome;
import org.mlopsconsole.runtime.predictions.PredictionJson;
import org.mlopsconsole.runtime.predictions.PredictionQuery;
import org.mlopsconsole.runtime.predictions.PredictionRecord;
import org.mlopsconsole.runtime.predictions.PredictionStore;
import org.mlopsconsole.runtime.predictions.Retention;
import org.mlopsconsole.workspace.LoggedPrediction;
import org.mlopsconsole.workspace.PredictionLogRepository;
import org.mlopsconsole.workspace.RecordedOutcome;

/**
 * The runtime's prediction log kept in the workspace (H2 file or the team's PostgreSQL): the
 * adapter between the runtime's store interface and the workspace's repository, so neither module
 * knows the other. Tensor summaries travel as the runtime's own JSON. Times are kept to the
 * microsecond, the databases' precision.
 */
public final class WorkspacePredictionStore implements PredictionStore {

    private final PredictionLogRepository repository;

    public WorkspacePredictionStore(PredictionLogRepository repository) {
        this.repository = repository;
    }

    @Override
    public void append(List<PredictionRecord> batch) {
        repository.append(batch.stream().map(WorkspacePredictionStore::row).toList());
    }

    @Override
    public List<PredictionRecord> find(PredictionQuery query) {
        return repository.find(query.model(), query.from(), query.to(), query.ids(), query.limit()).stream()
                .map(WorkspacePredictionStore::record)
                .toList();
    }

    @Override
    public Set<String> loggedIds(String model, Set<String> ids) {
        return repository.loggedIds(model, ids);
    }

    @Override
    public Set<String> outcomeIds(String model, Set<String> ids) {
        return repository.outcomeIds(model, ids);
    }

    @Override
    public void appendOutcomes(List<Outcome> outcomes) {
        repository.appendOutcomes(
                outcomes.stream().map(WorkspacePredictionStore::row).toList());
    }

    @Override
    public List<JoinedPrediction> joined(String model, Instant from, Instant to) {
        return repository.joined(model, from, to).stream()
                .map(joined -> new JoinedPrediction(record(joined.prediction()), outcome(joined.outcome())))
                .toList();
    }

    @Override
    public long prune(Retention retention, Instant now) {
        return repository.prune(retention.maxRows(), retention.oldestKept(now));
    }

    /** The workspace stays open: the composition root closes it. */
    @Override
    public void close() {}

    static LoggedPrediction row(PredictionRecord record) {
        return new LoggedPrediction(
                record.id(),
                record.model(),
                record.requestId(),
                record.clientId(),
                micros(record.time()),
                record.version(),
                record.variant(),
                record.latencyMicros(),
                PredictionJson.encode(record.inputs()),
                PredictionJson.encode(record.outputs()));
    }

    static PredictionRecord record(LoggedPrediction row) {
        return new PredictionRecord(
                row.predictionId(),
                row.requestId(),
                row.clientId(),
                row.answeredAt(),
                row.model(),
                row.version(),
                row.variant(),
                row.latencyMicros(),
                PredictionJson.decodeSummaries(row.inputsJson()),
                PredictionJson.decodeSummaries(row.outputsJson()));
    }

    private static RecordedOutcome row(Outcome outcome) {
        Optional<String> label =
                outcome.truth() instanceof GroundTruth.Label given ? Optional.of(given.label()) : Optional.empty();
        OptionalDouble value = outcome.truth() instanceof GroundTruth.Value given
                ? OptionalDouble.of(given.value())
                : OptionalDouble.empty();
        return new RecordedOutcome(outcome.model(), outcome.id(), label, value, micros(outcome.receivedAt()));
    }

    private static Outcome outcome(RecordedOutcome row) {
        GroundTruth truth = row.label().isPresent()
                ? new GroundTruth.Label(row.label().get())
                : new GroundTruth.Value(row.value().orElseThrow());
        return new Outcome(row.model(), row.predictionId(), truth, row.receivedAt());
    }

    private static Instant micros(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }
}
