package org.mlopsconsole.runtime.internal.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;

/**
 * Closes a connection whose request headers take longer than the header timeout (a slowloris
 * trickling header bytes never trips the idle timeout). Jetty 12 has no such limit of its own, so a
 * sweep looks at each HTTP/1 connection's parser a few times per timeout.
 */
final class HeaderTimeouts implements Connection.Listener, AutoCloseable {

    private final long timeoutNanos;
    private final Map<HttpConnection, Long> inHeadersSince = new ConcurrentHashMap<>();
    private final Map<HttpConnection, Boolean> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "oip-header-timeouts");
        thread.setDaemon(true);
        return thread;
    });

    HeaderTimeouts(Duration timeout) {
        this.timeoutNanos = timeout.toNanos();
        long period = Math.max(50, timeout.toMillis() / 4);
        sweeper.scheduleAtFixedRate(this::sweep, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.put(http, Boolean.TRUE);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
        inHeadersSince.remove(connection);
    }

    private void sweep() {
        long now = System.nanoTime();
        for (HttpConnection connection : open.keySet()) {
            HttpParser.State state = connection.getParser().getState();
            boolean inHeaders = state.ordinal() > HttpParser.State.START.ordinal()
                    && state.ordinal() <= HttpParser.State.HEADER.ordinal();
            if (!inHeaders) {
                inHeadersSince.remove(connection);
                continue;
            }
            long since = inHeadersSince.computeIfAbsent(connection, c -> now);
            if (now - since > timeoutNanos) {
                inHeadersSince.remove(connection);
                connection.getEndPoint().close();
            }
        }
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
    }
}
