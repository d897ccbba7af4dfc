package org.mlopsconsole.runtime.internal.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.mlopsconsole.runtime.InvalidInputException;
import org.mlopsconsole.runtime.ServerLimits;

/**
 * A request's body as a stream: decompressed when gzip, never more than the size limit (after
 * decompression too, so a small gzip bomb is as bounded as a large body), and no longer in coming
 * than the body timeout.
 */
final class RequestBody {

    private RequestBody() {}

    static boolean knownEncoding(String encoding) {
        return encoding == null || gzip(encoding) || encoding.trim().equalsIgnoreCase("identity");
    }

    private static boolean gzip(String encoding) {
        String name = encoding.trim().toLowerCase(Locale.ROOT);
        return name.equals("gzip") || name.equals("x-gzip");
    }

    static InputStream open(Context ctx, ServerLimits limits) throws IOException {
        long deadline = System.nanoTime() + limits.bodyTimeout().toNanos();
        InputStream wire = new Limited(ctx.req().getInputStream(), limits.maxRequestBytes(), deadline, "body");
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || !gzip(encoding)) {
            return wire;
        }
        try {
            return new Limited(
                    new GZIPInputStream(wire, 16 * 1024), limits.maxRequestBytes(), deadline, "unzipped body");
        } catch (ZipException e) {
            throw new InvalidInputException("the body is not gzip data: " + e.getMessage());
        }
    }

    /** Counts what passes and stops at the limit or the deadline. */
    private static final class Limited extends InputStream {
        private final InputStream in;
        private final long limit;
        private final long deadline;
        private final String what;
        private long count;

        Limited(InputStream in, long limit, long deadline, String what) {
            this.in = in;
            this.limit = limit;
            this.deadline = deadline;
            this.what = what;
        }

        private void check(int read) throws IOException {
            if (read > 0) {
                count += read;
            }
            if (count > limit) {
                throw new BodyRefused(
                        413, "the request " + what + " is larger than this server accepts (" + limit + " bytes)");
            }
            if (System.nanoTime() - deadline > 0) {
                throw new BodyRefused(408, "the request body took longer than this server waits for it");
            }
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            check(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read;
            try {
                read = in.read(buffer, offset, length);
            } catch (ZipException e) {
                throw new BodyRefused(400, "the body is not valid gzip data: " + e.getMessage());
            }
            check(read);
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
