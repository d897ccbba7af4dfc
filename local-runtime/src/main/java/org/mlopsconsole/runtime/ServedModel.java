package org.mlopsconsole.runtime;

import java.util.OptionalLong;

/**
 * What would answer a request now: resolved once per request so that decoding, batching and
 * serving agree on one version even while another one loads.
 *
 * @param version the version that serves; empty for a variant group, whose router chooses
 * @param maxBatchSize the largest batch the version accepts (0: it does not batch)
 */
public record ServedModel(String name, OptionalLong version, ModelSignature signature, int maxBatchSize) {}
