package org.mlopsconsole.runtime.batch.internal;

import io.airlift.compress.Compressor;
import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Parquet's page codecs without Hadoop's codec classes or native libraries: Snappy, ZSTD and LZ4
 * (raw) from aircompressor, which parquet-java already brings, gzip from the JDK. parquet-java's
 * own factory goes through Hadoop's CompressionCodec and its Configuration, which would pull in
 * most of hadoop-common's dependencies (ADR 0011).
 */
public final class PureJavaCodecs implements CompressionCodecFactory {

    /** One codec as two functions on whole pages. */
    private interface Codec {
        byte[] compress(byte[] input) throws IOException;

        byte[] decompress(byte[] input, int uncompressedSize) throws IOException;
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName name) {
        Codec codec = codec(name);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(codec.compress(bytes.toByteArray()));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return name;
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName name) {
        Codec codec = codec(name);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(codec.decompress(bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] compressed = new byte[compressedSize];
                input.get(compressed);
                output.put(codec.decompress(compressed, uncompressedSize));
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public void release() {}

    private static Codec codec(CompressionCodecName name) {
        return switch (name) {
            case UNCOMPRESSED ->
                new Codec() {
                    @Override
                    public byte[] compress(byte[] input) {
                        return input;
                    }

                    @Override
                    public byte[] decompress(byte[] input, int uncompressedSize) {
                        return input;
                    }
                };
            case SNAPPY -> airlift(new SnappyCompressor(), new SnappyDecompressor());
            case ZSTD -> airlift(new ZstdCompressor(), new ZstdDecompressor());
            case LZ4_RAW -> airlift(new Lz4Compressor(), new Lz4Decompressor());
            case GZIP ->
                new Codec() {
                    @Override
                    public byte[] compress(byte[] input) throws IOException {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                            gzip.write(input);
                        }
                        return out.toByteArray();
                    }

                    @Override
                    public byte[] decompress(byte[] input, int uncompressedSize) throws IOException {
                        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(input))) {
                            return gzip.readNBytes(uncompressedSize);
                        }
                    }
                };
            default ->
                throw new UnsupportedOperationException("Parquet pages compressed with " + name
                        + " cannot be read here; UNCOMPRESSED, SNAPPY, GZIP, ZSTD and LZ4_RAW can");
        };
    }

    private static Codec airlift(Compressor compressor, Decompressor decompressor) {
        return new Codec() {
            @Override
            public byte[] compress(byte[] input) {
                byte[] output = new byte[compressor.maxCompressedLength(input.length)];
                int length = compressor.compress(input, 0, input.length, output, 0, output.length);
                return Arrays.copyOf(output, length);
            }

            @Override
            public byte[] decompress(byte[] input, int uncompressedSize) {
                byte[] output = new byte[uncompressedSize];
                int length = decompressor.decompress(input, 0, input.length, output, 0, output.length);
                return length == uncompressedSize ? output : Arrays.copyOf(output, length);
            }
        };
    }
}
