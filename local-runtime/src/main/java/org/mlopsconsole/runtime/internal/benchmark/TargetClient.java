package org.mlopsconsole.runtime.internal.benchmark;

import java.util.List;
import java.util.Optional;
import org.mlopsconsole.runtime.ModelSignature;
import org.mlopsconsole.runtime.Tensor;

/**
 * What the load generator calls: one blocking inference per call, safe from many threads. Requests
 * are prepared before the load starts so that encoding is not measured.
 */
public interface TargetClient extends AutoCloseable {

    ModelSignature signature();

    /** Turns one request's tensors into whatever {@link #call} sends (an HTTP body, ORT tensors). */
    Object prepare(List<Tensor> inputs) throws Exception;

    /** Sends one prepared request and waits for its answer; any failure is thrown. */
    void call(Object prepared) throws Exception;

    /** The server's cumulative statistics for the model, where the target has the extension. */
    default Optional<StatisticsSnapshot> statistics() {
        return Optional.empty();
    }

    /** Threads the client runs besides the caller's (an HTTP client's selector), for CPU accounting. */
    default List<Thread> ownThreads() {
        return List.of();
    }

    /** In process the generator's own threads run the model, so their CPU is not the generator's. */
    default boolean runsModelOnCallerThreads() {
        return false;
    }

    @Override
    void close();
}
