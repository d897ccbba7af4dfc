package org.mlopsconsole.app.monitoring;

import java.util.List;
import org.mlopsconsole.app.AppServices;

/** The Monitoring section's sources, from the composition root's services. */
public final class MonitoringSources {

    private MonitoringSources() {}

    public static MonitoringViewModel.Sources of(AppServices services) {
        return new MonitoringViewModel.Sources(
                services.metrics()::snapshot,
                services.drift(),
                services.alerts(),
                services.alertFeed(),
                services.runtime().repository(),
                model -> List.of());
    }
}
