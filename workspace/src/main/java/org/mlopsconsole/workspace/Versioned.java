package org.mlopsconsole.workspace;

/**
 * A stored value with the row version it was read at; a save names that version, and one made
 * meanwhile by someone else is not overwritten. Version 0: nothing is stored yet.
 */
public record Versioned<T>(T value, long version) {

    public static final long NOTHING_STORED = 0;
}
