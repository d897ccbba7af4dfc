package org.mlopsconsole.runtime.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates alert rules against named signals, as Prometheus evaluates alerting rules: at each
 * evaluation every rule samples its signal, averages the samples of its window, and an alert is
 * raised once the condition has held for the rule's {@code for} duration, resolved as soon as it no
 * longer holds. Raised and resolved alerts go to the listeners and to the log. Time comes from the
 * clock it is given, so tests drive it without waiting.
 */
public final class AlertEvaluator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AlertEvaluator.class);

    private final Clock clock;
    private final List<SignalSource> sources = new CopyOnWriteArrayList<>();
    private final List<AlertListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, List<RuleState>> rulesByModel = new LinkedHashMap<>();
    private ScheduledExecutorService schedule;

    public AlertEvaluator(Clock clock, List<SignalSource> sources) {
        this.clock = clock;
        this.sources.addAll(sources);
    }

    /** An alert being raised now. */
    public record ActiveAlert(AlertRule rule, double value, Instant since) {}

    /** Undoes a registration. */
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** Adds signals (a drift monitor's, say); a source added earlier answers a name first. */
    public void addSource(SignalSource source) {
        sources.add(source);
    }

    /** Every signal name the sources offer, for checking rules. */
    public java.util.Set<String> signals() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        sources.forEach(source -> names.addAll(source.signals()));
        return java.util.Set.copyOf(names);
    }

    public Registration addListener(AlertListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Replaces a model's rules; alerts of rules no longer there are resolved, and the state of rules
     * that stay the same is kept.
     */
    public synchronized void setRules(String model, List<AlertRule> rules) {
        Instant now = clock.instant();
        List<RuleState> previous = rulesByModel.getOrDefault(model, List.of());
        List<RuleState> next = new ArrayList<>();
        for (AlertRule rule : rules) {
            next.add(previous.stream()
                    .filter(state -> state.rule.equals(rule))
                    .findFirst()
                    .orElseGet(() -> new RuleState(rule)));
        }
        previous.stream().filter(state -> !next.contains(state)).forEach(state -> state.drop(now));
        if (next.isEmpty()) {
            rulesByModel.remove(model);
        } else {
            rulesByModel.put(model, next);
        }
    }

    public synchronized List<AlertRule> rules(String model) {
        return rulesByModel.getOrDefault(model, List.of()).stream()
                .map(state -> state.rule)
                .toList();
    }

    /** One evaluation of every rule, at the clock's time. */
    public synchronized void evaluate() {
        Instant now = clock.instant();
        rulesByModel.values().forEach(states -> states.forEach(state -> state.evaluate(now)));
    }

    public synchronized List<ActiveAlert> active() {
        return rulesByModel.values().stream()
                .flatMap(List::stream)
                .flatMap(state -> state.raised.stream())
                .toList();
    }

    /** Evaluates every {@code interval} on a thread of its own until closed. */
    public synchronized void start(Duration interval) {
        if (schedule != null) {
            throw new IllegalStateException("The alert evaluator is already running");
        }
        schedule = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "alert-evaluator");
            thread.setDaemon(true);
            return thread;
        });
        long millis = Math.max(1, interval.toMillis());
        schedule.scheduleAtFixedRate(this::evaluateSafely, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void evaluateSafely() {
        try {
            evaluate();
        } catch (RuntimeException e) {
            LOG.warn("Alert evaluation failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.shutdownNow();
        }
    }

    private OptionalDouble read(String model, String signal) {
        for (SignalSource source : sources) {
            OptionalDouble value = source.read(model, signal);
            if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
                return value;
            }
        }
        return OptionalDouble.empty();
    }

    private void tell(AlertEvent event) {
        AlertRule rule = event.rule();
        String condition = String.format(
                java.util.Locale.ROOT,
                "%s %s %s (now %s over %s)",
                rule.signal(),
                rule.comparison().symbol(),
                rule.threshold(),
                event.value(),
                rule.window());
        if (event instanceof AlertEvent.Raised) {
            LOG.warn("Alert '{}' of model {} raised: {}", rule.name(), rule.model(), condition);
        } else {
            LOG.info("Alert '{}' of model {} resolved: {}", rule.name(), rule.model(), condition);
        }
        for (AlertListener listener : listeners) {
            try {
                listener.alert(event);
            } catch (RuntimeException e) {
                LOG.warn("Alert listener {} failed: {}", listener.getClass().getName(), e.toString());
            }
        }
    }

    private record Sample(Instant at, double value) {}

    /** A rule's samples, since when its condition holds, and its raised alert. */
    private final class RuleState {
        final AlertRule rule;
        final Deque<Sample> samples = new ArrayDeque<>();
        Optional<Instant> holdingSince = Optional.empty();
        Optional<ActiveAlert> raised = Optional.empty();

        RuleState(AlertRule rule) {
            this.rule = rule;
        }

        void evaluate(Instant now) {
            read(rule.model(), rule.signal()).ifPresent(value -> samples.addLast(new Sample(now, value)));
            Instant oldest = now.minus(rule.window());
            while (samples.size() > 1 && samples.peekFirst().at().isBefore(oldest)) {
                samples.removeFirst();
            }
            if (!samples.isEmpty() && samples.peekFirst().at().isBefore(oldest)) {
                samples.removeFirst(); // the latest sample is older than the window: no data
            }
            OptionalDouble mean = samples.stream().mapToDouble(Sample::value).average();
            boolean holds = mean.isPresent() && rule.holds(mean.getAsDouble());
            double value = mean.orElse(Double.NaN);
            if (!holds) {
                holdingSince = Optional.empty();
                raised.ifPresent(alert -> resolve(alert, value, now));
                return;
            }
            if (holdingSince.isEmpty()) {
                holdingSince = Optional.of(now);
            }
            if (raised.isEmpty() && !now.isBefore(holdingSince.get().plus(rule.forDuration()))) {
                raised = Optional.of(new ActiveAlert(rule, value, now));
                tell(new AlertEvent.Raised(rule, value, now));
            }
        }

        void drop(Instant now) {
            raised.ifPresent(alert -> resolve(alert, Double.NaN, now));
        }

        private void resolve(ActiveAlert alert, double value, Instant now) {
            raised = Optional.empty();
            tell(new AlertEvent.Resolved(rule, value, now, alert.since()));
        }
    }
}
