package org.mlopsconsole.workspace;

/** What importing responses does to a participant who already has ratings or notes. */
public enum ImportMode {
    /** Refuse the whole import (nothing changes) and say who already has answers. */
    KEEP_EXISTING,
    /** Replace that participant's ratings and notes with the imported ones ({@code --replace}). */
    REPLACE
}
