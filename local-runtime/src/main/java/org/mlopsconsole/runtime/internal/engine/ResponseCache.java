package org.mlopsconsole.runtime.internal.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mlopsconsole.runtime.Tensor;

/**
 * A least-recently-used cache of one model version's outputs, bounded in bytes. The key is a
 * SHA-256 over the model, version, the inputs (name, datatype, shape, data) and the requested
 * outputs, as Triton's cache keys are.
 */
final class ResponseCache {

    /** Rough bookkeeping per entry besides the tensor bytes. */
    private static final long ENTRY_OVERHEAD = 256;

    private final long maxBytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long usedBytes;

    private record Entry(List<Tensor> outputs, long bytes) {}

    ResponseCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    static String key(String model, long version, PreparedRequest request) {
        MessageDigest digest = sha256();
        update(digest, model + "\u0000" + version + "\u0000" + request.outputs);
        for (Tensor input : request.inputs) {
            update(digest, input.name() + "\u0000" + input.datatype() + java.util.Arrays.toString(input.shape()));
            digest.update(input.data());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    synchronized Optional<List<Tensor>> get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.outputs());
    }

    synchronized void put(String key, List<Tensor> outputs) {
        long bytes = ENTRY_OVERHEAD;
        for (Tensor output : outputs) {
            bytes += output.data().remaining() + ENTRY_OVERHEAD;
        }
        if (bytes > maxBytes || entries.containsKey(key)) {
            return;
        }
        Iterator<Map.Entry<String, Entry>> oldest = entries.entrySet().iterator();
        while (usedBytes + bytes > maxBytes && oldest.hasNext()) {
            usedBytes -= oldest.next().getValue().bytes();
            oldest.remove();
        }
        entries.put(key, new Entry(outputs, bytes));
        usedBytes += bytes;
    }

    synchronized long usedBytes() {
        return usedBytes;
    }

    synchronized int size() {
        return entries.size();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
