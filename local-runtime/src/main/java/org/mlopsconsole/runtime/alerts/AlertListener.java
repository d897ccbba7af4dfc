package org.mlopsconsole.runtime.alerts;

/** Hears alerts as they are raised and resolved, on the evaluating thread: keep it quick. */
@FunctionalInterface
public interface AlertListener {

    void alert(AlertEvent event);
}
