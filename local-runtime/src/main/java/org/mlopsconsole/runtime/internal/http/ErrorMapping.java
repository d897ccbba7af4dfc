package org.mlopsconsole.runtime.internal.http;

import io.javalin.http.HttpResponseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.mlopsconsole.runtime.ServingException;

/**
 * The one place a failure becomes an HTTP status and a message: Triton's mapping for the runtime's
 * error classes, the edge's own statuses, and 500 for anything else. Messages never show where
 * this machine keeps its files ({@link #scrub}, which the gRPC edge shares).
 */
public final class ErrorMapping {

    /** What the client is told. */
    record Answer(int status, String message) {}

    private static final Map<ServingException.Kind, Integer> KIND_STATUS = new EnumMap<>(Map.of(
            ServingException.Kind.INVALID_INPUT, 400,
            ServingException.Kind.NOT_FOUND, 404,
            ServingException.Kind.UNAVAILABLE, 503,
            ServingException.Kind.UNSUPPORTED, 501,
            ServingException.Kind.INTERNAL, 500));

    private record Rule<T extends Throwable>(Class<T> type, ToIntFunction<T> status) {
        Optional<Integer> apply(Throwable failure) {
            return type.isInstance(failure) ? Optional.of(status.applyAsInt(type.cast(failure))) : Optional.empty();
        }
    }

    private static final List<Rule<?>> RULES = List.of(
            new Rule<>(ServingException.class, e -> KIND_STATUS.get(e.kind())),
            new Rule<>(HttpError.class, e -> e.status),
            new Rule<>(BodyRefused.class, e -> e.status),
            new Rule<>(HttpResponseException.class, HttpResponseException::getStatus),
            new Rule<>(BadMessageException.class, BadMessageException::getCode));

    /** Where in its own sources ONNX Runtime failed: a path of its build machine, no use to a client. */
    private static final Pattern ONNX_RUNTIME_SOURCE = Pattern.compile("\\S*/onnxruntime_src/\\S+:\\d+\\s*");

    private final List<String> repositoryPrefixes;
    private final List<String> otherPrefixes;

    /** @param repository shown as relative paths; @param otherFolders shown as "…" */
    ErrorMapping(Path repository, List<Path> otherFolders) {
        this.repositoryPrefixes = prefixes(List.of(repository));
        this.otherPrefixes = prefixes(otherFolders);
    }

    private static List<String> prefixes(List<Path> folders) {
        List<String> prefixes = new ArrayList<>();
        for (Path folder : folders) {
            prefixes.add(folder.toAbsolutePath().normalize().toString());
            try {
                prefixes.add(folder.toRealPath().toString());
            } catch (java.io.IOException | SecurityException e) {
                // not there (yet): its absolute form is enough
            }
        }
        prefixes.removeIf(prefix -> prefix.length() < 2);
        prefixes.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(prefixes);
    }

    /** Hides the repository's folder, the temporary folder and the user's home, as the servers do. */
    public static ErrorMapping forRepository(Path repository) {
        return new ErrorMapping(
                repository,
                List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of(System.getProperty("user.home"))));
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Whether reading the request or writing the answer failed because the client left. */
    static boolean clientLeft(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException) {
                return true;
            }
        }
        return false;
    }

    Answer answer(Throwable failure) {
        Throwable cause = unwrap(failure);
        int status = RULES.stream()
                .map(rule -> rule.apply(cause))
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(500);
        return new Answer(status, scrub(message(cause, status)));
    }

    private static String message(Throwable failure, int status) {
        if (failure instanceof HttpResponseException && status == 413) {
            return "the request body is larger than this server accepts (" + failure.getMessage() + ")";
        }
        String message = failure.getMessage();
        return message == null || message.isBlank() ? failure.getClass().getSimpleName() : message;
    }

    /** Replaces this machine's folders in a message: the repository's by relative paths, others by "…". */
    public String scrub(String message) {
        String scrubbed = message;
        for (String prefix : repositoryPrefixes) {
            scrubbed = scrubbed.replace(prefix + "/", "")
                    .replace(prefix + "\\", "")
                    .replace(prefix, "the repository");
        }
        for (String prefix : otherPrefixes) {
            scrubbed = scrubbed.replace(prefix, "…");
        }
        return ONNX_RUNTIME_SOURCE.matcher(scrubbed).replaceAll("");
    }
}
