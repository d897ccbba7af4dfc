package org.mlopsconsole.workspace.internal;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A few reused connections over any {@link DataSource}: the UI saves a value per click, and a new
 * PostgreSQL connection per save would cost a round trip of authentication each. Closing a
 * handed-out connection returns it, rolled back to auto-commit; {@link #close} closes them all.
 */
final class ConnectionPool implements DataSource, AutoCloseable {

    private static final int MAX_IDLE = 4;

    private final DataSource source;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(DataSource source) {
        this.source = source;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            if (closed) {
                throw new SQLException("the workspace is closed");
            }
            physical = idle.pollFirst();
        }
        if (physical == null || !physical.isValid(2)) {
            physical = source.getConnection();
        }
        return handOut(physical);
    }

    private Connection handOut(Connection physical) {
        boolean[] returned = {false};
        return (Connection) Proxy.newProxyInstance(
                ConnectionPool.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        if (!returned[0]) {
                            returned[0] = true;
                            giveBack(physical);
                        }
                        return null;
                    }
                    if (method.getName().equals("isClosed")) {
                        return returned[0] || physical.isClosed();
                    }
                    try {
                        return method.invoke(physical, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private void giveBack(Connection physical) throws SQLException {
        if (!physical.getAutoCommit()) {
            physical.rollback();
            physical.setAutoCommit(true);
        }
        synchronized (this) {
            if (!closed && idle.size() < MAX_IDLE) {
                idle.addFirst(physical);
                return;
            }
        }
        physical.close();
    }

    @Override
    public void close() {
        Deque<Connection> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            idle.clear();
        }
        for (Connection connection : toClose) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing anyway; nothing is left to save on it
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool signs in once");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
