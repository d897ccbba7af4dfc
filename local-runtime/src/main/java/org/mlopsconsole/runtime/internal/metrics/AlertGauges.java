package org.mlopsconsole.runtime.internal.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.runtime.alerts.AlertEvent;
import org.mlopsconsole.runtime.alerts.AlertListener;

/** {@code mlops_alert_active{model,rule}}: 1 while the alert is raised, 0 once resolved. */
public final class AlertGauges implements AlertListener {

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> states = new ConcurrentHashMap<>();

    public AlertGauges(MetricsEngine engine) {
        this.registry = engine.registry();
    }

    @Override
    public void alert(AlertEvent event) {
        String model = event.rule().model();
        String rule = event.rule().name();
        AtomicInteger state = states.computeIfAbsent(model + '\u0000' + rule, key -> {
            AtomicInteger value = new AtomicInteger();
            Gauge.builder(MeterNames.ALERT_ACTIVE, value, AtomicInteger::get)
                    .description("1 while the alert rule of the model is raised")
                    .tags(MeterNames.MODEL, model, "rule", rule)
                    .register(registry);
            return value;
        });
        state.set(event instanceof AlertEvent.Raised ? 1 : 0);
    }
}
