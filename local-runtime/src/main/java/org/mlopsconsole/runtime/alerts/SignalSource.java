package org.mlopsconsole.runtime.alerts;

import java.util.OptionalDouble;
import java.util.Set;

/**
 * Named values alert rules can watch: the runtime's metrics offer latency, throughput, errors and
 * the like ({@code RuntimeMetrics.signals()}); a drift monitor can offer its results the same way.
 */
public interface SignalSource {

    /** The names this source answers, for checking rules. */
    Set<String> signals();

    /**
     * The signal's current value for a model (process-wide signals ignore the model); empty when this
     * source does not know the signal or has no value for it yet.
     */
    OptionalDouble read(String model, String signal);
}
