package org.mlopsconsole.runtime.batch;

/**
 * How far a run is.
 *
 * @param rowsScored rows written with their outputs so far
 * @param badRows rows skipped so far
 * @param fraction how much of the input has been read, 0 to 1 (by bytes for text files, by rows
 *     for Parquet)
 */
public record BatchProgress(long rowsScored, long badRows, double fraction) {}
