package org.mlopsconsole.runtime;

import java.time.Instant;

/** One move of a variant group from one variant to another, and why. */
public record VariantSwitch(Instant at, String group, String from, String to, String reason) {}
