package org.mlopsconsole.app.state;

/** Loads and saves the {@link UiState}. */
public interface UiStateStore {

    UiState load();

    void save(UiState state);
}
