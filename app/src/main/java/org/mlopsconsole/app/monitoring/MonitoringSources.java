package org.mlopsconsole.app.monitoring;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.mlopsconsole.app.AppServices;
import org.mlopsconsole.runtime.predictions.OutcomeWindow;

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
                model -> outcomes(services, model));
    }

    /** The last ten minutes, a row a minute, newest first. */
    static List<MonitoringData.OutcomeRow> outcomes(AppServices services, String model) {
        List<OutcomeWindow> windows = services.predictionLog().outcomes().summary(model, Duration.ofMinutes(1), 10);
        return windows.stream()
                .sorted(Comparator.comparing(OutcomeWindow::from).reversed())
                .map(MonitoringSources::row)
                .toList();
    }

    static MonitoringData.OutcomeRow row(OutcomeWindow window) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());
        return new MonitoringData.OutcomeRow(
                time.format(window.from()) + "–" + time.format(window.to()),
                window.joined(),
                window.classification()
                        .map(c -> MonitoringViewModel.number(c.accuracy()))
                        .orElse("—"),
                window.classification()
                        .map(c -> MonitoringViewModel.number(c.macroF1()))
                        .orElse("—"),
                window.regression()
                        .map(r -> MonitoringViewModel.number(r.meanAbsoluteError()))
                        .orElse("—"),
                window.regression()
                        .map(r -> MonitoringViewModel.number(r.rootMeanSquaredError()))
                        .orElse("—"));
    }
}
