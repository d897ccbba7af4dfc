package org.mlopsconsole.app.monitoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.mlopsconsole.runtime.alerts.AlertEvent;
import org.mlopsconsole.runtime.alerts.AlertListener;

/**
 * The alerts the app's evaluator raised and resolved, newest last (the latest {@link #KEPT}), and
 * whoever wants to hear of new ones: the notification area and the Monitoring section. Events
 * arrive on the evaluator's thread; subscribers hop to the UI thread themselves.
 */
public final class AlertFeed implements AlertListener {

    static final int KEPT = 200;

    private final Deque<AlertEvent> recent = new ArrayDeque<>();
    private final List<Consumer<AlertEvent>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void alert(AlertEvent event) {
        synchronized (recent) {
            recent.addLast(event);
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
        subscribers.forEach(subscriber -> subscriber.accept(event));
    }

    public List<AlertEvent> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    /** Hears every later event; the returned handle stops it. */
    public Runnable subscribe(Consumer<AlertEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
