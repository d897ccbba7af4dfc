package org.mlopsconsole.runtime.internal.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.mlopsconsole.runtime.ModelRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pull deployment (Triton's POLL mode): every interval, models whose files changed, and stayed the
 * same for one more interval so a copy in progress is not loaded half-written, are reloaded; new
 * models are loaded and models whose folder was removed are unloaded and forgotten.
 */
public final class RepositoryWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryWatcher.class);

    private final ModelLifecycle lifecycle;
    private final ScheduledExecutorService poller =
            Executors.newSingleThreadScheduledExecutor(ModelLifecycle.named("repository-poll"));
    private final Map<String, String> lastSeen = new ConcurrentHashMap<>();

    public RepositoryWatcher(ModelLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public void start(Duration interval) {
        long millis = Math.max(1, interval.toMillis());
        poller.scheduleWithFixedDelay(this::pollOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    void pollOnce() {
        try {
            ModelRepository repository = lifecycle.repository();
            List<String> names = repository.modelNames();
            for (String name : names) {
                String seen = fingerprint(repository, name);
                String previous = lastSeen.put(name, seen);
                boolean changed = lifecycle
                        .find(name)
                        .map(entry -> !seen.equals(entry.fingerprint))
                        .orElse(true);
                if (changed && seen.equals(previous)) {
                    lifecycle.load(name);
                }
            }
            for (ModelEntry entry : lifecycle.entries()) {
                if (!names.contains(entry.name)) {
                    lastSeen.remove(entry.name);
                    lifecycle.remove(entry.name);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Polling the model repository failed: {}", e.getMessage());
        }
    }

    /** Sizes and modification times of the model's files: changes when a version or the config changes. */
    static String fingerprint(ModelRepository repository, String name) {
        StringBuilder print = new StringBuilder();
        Path directory = repository.root().resolve(name);
        try {
            Path config = directory.resolve(ModelRepository.CONFIG_FILE);
            if (Files.exists(config)) {
                print.append("config:")
                        .append(Files.size(config))
                        .append('@')
                        .append(Files.getLastModifiedTime(config).toMillis());
            }
            for (long version : repository.versions(name)) {
                Path file = directory.resolve(Long.toString(version)).resolve(ModelRepository.MODEL_FILE);
                print.append(';')
                        .append(version)
                        .append(':')
                        .append(Files.size(file))
                        .append('@')
                        .append(Files.getLastModifiedTime(file).toMillis());
            }
        } catch (IOException | RuntimeException e) {
            print.append("unreadable:").append(e.getMessage());
        }
        return print.toString();
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }
}
