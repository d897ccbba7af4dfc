package org.mlopsconsole.workspace;

import java.util.List;
import java.util.Optional;

/** The stored benchmark results; {@link BenchmarkResults} checks what is stored. */
public interface BenchmarkResultRepository {

    BenchmarkRun save(NewBenchmarkResult result);

    /** Newest run first. */
    List<BenchmarkRun> list();

    Optional<BenchmarkRun> find(long id);

    Optional<String> document(long id);

    boolean rename(long id, String label);

    boolean delete(long id);
}
