package org.mlopsconsole.runtime.predictions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A store in memory for tests of what sits above the store. */
class MemoryStore implements PredictionStore {

    private final List<PredictionRecord> records = new ArrayList<>();
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    @Override
    public synchronized void append(List<PredictionRecord> batch) {
        records.addAll(batch);
    }

    @Override
    public synchronized List<PredictionRecord> find(PredictionQuery query) {
        return records.stream()
                .filter(r -> r.model().equals(query.model()))
                .filter(r -> !r.time().isBefore(query.from()) && r.time().isBefore(query.to()))
                .filter(r -> query.ids().isEmpty() || query.ids().contains(r.id()))
                .sorted(Comparator.comparing(PredictionRecord::time).reversed())
                .limit(query.limit())
                .toList();
    }

    @Override
    public synchronized Set<String> loggedIds(String model, Set<String> ids) {
        Set<String> found = new HashSet<>();
        records.stream()
                .filter(r -> r.model().equals(model) && ids.contains(r.id()))
                .forEach(r -> found.add(r.id()));
        return found;
    }

    @Override
    public synchronized Set<String> outcomeIds(String model, Set<String> ids) {
        Set<String> found = new HashSet<>();
        ids.stream().filter(id -> outcomes.containsKey(model + "/" + id)).forEach(found::add);
        return found;
    }

    @Override
    public synchronized void appendOutcomes(List<Outcome> batch) {
        batch.forEach(outcome -> outcomes.putIfAbsent(outcome.model() + "/" + outcome.id(), outcome));
    }

    @Override
    public synchronized List<JoinedPrediction> joined(String model, Instant from, Instant to) {
        return records.stream()
                .filter(r -> r.model().equals(model)
                        && !r.time().isBefore(from)
                        && r.time().isBefore(to))
                .filter(r -> outcomes.containsKey(model + "/" + r.id()))
                .sorted(Comparator.comparing(PredictionRecord::time))
                .map(r -> new JoinedPrediction(r, outcomes.get(model + "/" + r.id())))
                .toList();
    }

    @Override
    public synchronized long prune(Retention retention, Instant now) {
        return 0;
    }
}
