package org.mlopsconsole.workspace.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the test run's {@link PostgresServer} before the first class that uses it, and stops it
 * when the run ends (the root context's store closes it). Where PostgreSQL is not installed,
 * nothing starts and {@link Backend#POSTGRES} skips its tests with {@link PostgresServer#MISSING}.
 */
public final class PostgresExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (PostgresServer.binaries().isEmpty()) {
            return;
        }
        context.getRoot()
                .getStore(ExtensionContext.Namespace.create(PostgresExtension.class))
                .getOrComputeIfAbsent(Stopper.class, key -> new Stopper(PostgresServer.shared()), Stopper.class);
    }

    /** Closed by JUnit when the whole run ends. */
    private record Stopper(PostgresServer server) implements AutoCloseable {
        @Override
        public void close() {
            PostgresServer.stopShared();
        }
    }
}
