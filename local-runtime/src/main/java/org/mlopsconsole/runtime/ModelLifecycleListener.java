package org.mlopsconsole.runtime;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Watches model versions come and go. Register one with {@link LocalRuntime#addLifecycleListener};
 * every method runs on the runtime's observer thread, in the order the events happened.
 */
public interface ModelLifecycleListener {

    /** A version started loading (or reloading: the previous load serves meanwhile). */
    default void loading(String model, long version) {}

    /** A version is warm and serving; {@code took} covers session creation and warmup. */
    default void ready(String model, long version, Duration took) {}

    /**
     * A load failed: a version's file ({@code version} set) or the model's config.json (empty).
     * Whatever served before keeps serving.
     */
    default void failed(String model, OptionalLong version, String reason) {}

    /** A version stopped serving (unloaded, dropped by the version policy, or its folder removed). */
    default void unloaded(String model, long version) {}

    default void variantSwitched(VariantSwitch change) {}
}
