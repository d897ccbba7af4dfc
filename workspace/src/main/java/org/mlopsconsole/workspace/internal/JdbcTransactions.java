package org.mlopsconsole.workspace.internal;

import java.time.Clock;
import java.util.function.Function;
import javax.sql.DataSource;
import org.mlopsconsole.workspace.Repositories;
import org.mlopsconsole.workspace.Transactions;

/** {@link Transactions} on a data source: a use case called inside another joins its transaction. */
final class JdbcTransactions implements Transactions {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final Clock clock;
    private final String actor;
    private final ThreadLocal<Repositories> current = new ThreadLocal<>();

    JdbcTransactions(DataSource dataSource, Dialect dialect, Clock clock, String actor) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public <T> T inTransaction(String what, Function<Repositories, T> work) {
        Repositories joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        return new Jdbc(dataSource).inTransaction(what, tx -> {
            current.set(repositories(tx));
            try {
                return work.apply(current.get());
            } finally {
                current.remove();
            }
        });
    }

    private Repositories repositories(Jdbc tx) {
        return new Repositories(
                new JdbcEngagementRepository(tx, clock),
                new JdbcAssessmentRepository(tx, dialect, clock),
                new JdbcHistoryRepository(tx, clock, actor),
                new JdbcEvidenceRepository(tx),
                new JdbcPlanRepository(tx, dialect),
                new JdbcRolesAndToolsRepository(tx, clock, actor));
    }
}
