package org.mlopsconsole.runtime.internal.grpc;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mlopsconsole.runtime.LocalRuntime;
import org.mlopsconsole.runtime.ServerLimits;
import org.mlopsconsole.runtime.ServerOptions;
import org.mlopsconsole.runtime.internal.http.ErrorMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gRPC server (Netty, HTTP/2) of {@link InferenceService}, with the REST edge's settings: the
 * same address (loopback by default), token, message size (the largest request body), idle and
 * handshake timeouts, and as many inferences in flight as the REST edge serves connections.
 */
public final class GrpcEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(GrpcEndpoint.class);
    /** Metadata is small here (a token, a few headers); Netty's default of 8 KiB is kept explicit. */
    private static final int MAX_METADATA_BYTES = 8 * 1024;

    private final Server server;
    private final ExecutorService executor;
    private final ServerOptions options;

    private GrpcEndpoint(Server server, ExecutorService executor, ServerOptions options) {
        this.server = server;
        this.executor = executor;
        this.options = options;
    }

    /** Listens on {@code port} (0 for any free one) of the options' host. */
    public static GrpcEndpoint start(LocalRuntime runtime, ServerOptions options, int port) {
        ServerLimits limits = options.limits();
        ExecutorService executor = executor();
        InferenceService service = new InferenceService(
                runtime,
                new TensorMessages(limits.maxTensorElements()),
                new GrpcErrors(ErrorMapping.forRepository(runtime.repository().root())),
                options.effectiveModelControl(),
                executor,
                limits.maxConnections());
        NettyServerBuilder builder = NettyServerBuilder.forAddress(new InetSocketAddress(options.host(), port))
                .executor(executor)
                .maxInboundMessageSize((int) Math.min(Integer.MAX_VALUE, limits.maxRequestBytes()))
                .maxInboundMetadataSize(MAX_METADATA_BYTES)
                .maxConcurrentCallsPerConnection(limits.maxConnections())
                .handshakeTimeout(limits.headerTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .maxConnectionIdle(limits.idleTimeout().toMillis(), TimeUnit.MILLISECONDS);
        builder.addService(options.token()
                .map(token -> ServerInterceptors.intercept(service, new BearerToken(token)))
                .orElseGet(service::bindService));
        Server server = builder.build();
        try {
            server.start();
        } catch (IOException e) {
            executor.shutdown();
            throw new UncheckedIOException(
                    "cannot listen for gRPC on " + options.host() + ":" + port + ": " + e.getMessage(), e);
        }
        LOG.info("Open Inference Protocol gRPC server listening on {}:{}", options.host(), server.getPort());
        return new GrpcEndpoint(server, executor, options);
    }

    /** Runs the calls and builds the answers; daemon threads, so a forgotten server keeps no JVM alive. */
    private static ExecutorService executor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()), runnable -> {
            Thread thread = new Thread(runnable, "oip-grpc-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public int port() {
        return server.getPort();
    }

    /**
     * Stops taking calls, lets the admitted ones finish within the exit timeout, then cancels the
     * rest (their clients read CANCELLED or UNAVAILABLE).
     */
    public void close() {
        server.shutdown();
        try {
            if (!server.awaitTermination(options.exitTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Cancelled the gRPC calls still running after {}", options.exitTimeout());
                server.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            server.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdown();
        }
    }
}
