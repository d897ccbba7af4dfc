package org.mlopsconsole.runtime.benchmark;

/**
 * Where the server spent a request's time during the measured windows, per request in
 * milliseconds, from the statistics extension ({@code GET /v2/models/M/stats}): Triton's
 * {@code success} duration is queue + compute input + compute infer + compute output + its overhead.
 */
public record ServerSplit(
        long requests,
        double requestMs,
        double queueMs,
        double computeInputMs,
        double computeInferMs,
        double computeOutputMs) {

    /** What the client saw beyond the server's own request time: network, HTTP and the client. */
    public double outsideServerMs(double clientMeanMs) {
        return clientMeanMs - requestMs;
    }
}
