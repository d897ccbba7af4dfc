package org.mlopsconsole.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mlopsconsole.runtime.internal.repository.ModelConfigReader;
import org.mlopsconsole.runtime.internal.repository.OnnxSignatureReader;
import org.mlopsconsole.runtime.internal.repository.PipelineFiles;
import org.mlopsconsole.runtime.internal.repository.PipelineJson;

/**
 * A model repository on disk in Triton's layout: {@code <root>/<model>/<version>/model.onnx} with
 * numeric versions (no leading zero) and an optional {@code <root>/<model>/config.json}. Every path
 * it hands out is checked to stay inside the root, symbolic links included.
 */
public final class ModelRepository {

    public static final String MODEL_FILE = "model.onnx";
    public static final String CONFIG_FILE = "config.json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");

    private static final String IMPORT_STAGING = ".import-";
    /** Staging folders of imports running in this process, which a cleanup must leave alone. */
    private static final Set<Path> ACTIVE_STAGING = ConcurrentHashMap.newKeySet();

    private final Path root;
    private final RepositoryMetadataStore metadata;
    private final Map<Path, FileHash> hashes = new ConcurrentHashMap<>();

    /** A file's hash as of its size and modification time: either changing means hashing again. */
    private record FileHash(long size, FileTime modified, String sha256) {}

    private ModelRepository(Path root, RepositoryMetadataStore metadata) {
        this.root = root;
        this.metadata = metadata;
        removeAbandonedStaging();
    }

    /** Opens (and creates when missing) a repository keeping its metadata in a file in the root. */
    public static ModelRepository open(Path root) {
        Path real = realDirectory(root);
        return new ModelRepository(real, FileRepositoryMetadataStore.inRepository(real));
    }

    public static ModelRepository open(Path root, RepositoryMetadataStore metadata) {
        return new ModelRepository(realDirectory(root), metadata);
    }

    private static Path realDirectory(Path root) {
        try {
            Files.createDirectories(root);
            return root.toRealPath();
        } catch (IOException e) {
            throw new InvalidInputException("Cannot open the model repository " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    public RepositoryMetadataStore metadata() {
        return metadata;
    }

    /** @throws InvalidInputException unless the name matches {@code [A-Za-z0-9_.-]+} and is not . or .. */
    public static String requireValidName(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new InvalidInputException(
                    "Invalid model name '" + name + "': use letters, digits, '_', '.' and '-' only (not '.' or '..')");
        }
        return name;
    }

    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..");
    }

    /** Models in the repository: valid-named folders, sorted. */
    public List<String> modelNames() {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(root)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (isValidName(name) && !name.startsWith(".") && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the model repository " + root, e);
        }
        names.sort(String::compareTo);
        return names;
    }

    public boolean contains(String name) {
        return isValidName(name) && Files.isDirectory(modelDirectory(name), LinkOption.NOFOLLOW_LINKS);
    }

    /** The model's versions holding a model.onnx, ascending; others Triton would ignore are skipped. */
    public List<Long> versions(String name) {
        Path directory = modelDirectory(name);
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            throw new ModelNotFoundException("Model '" + name + "' is not in the repository");
        }
        List<Long> versions = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(directory)) {
            for (Path child : children) {
                String version = child.getFileName().toString();
                if (VERSION.matcher(version).matches() && Files.isRegularFile(child.resolve(MODEL_FILE))) {
                    versions.add(Long.parseLong(version));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the versions of " + directory, e);
        }
        versions.sort(Long::compareTo);
        return versions;
    }

    /** The model file of a version; it must exist and resolve inside the repository. */
    public Path modelFile(String name, long version) {
        Path file = modelDirectory(name).resolve(Long.toString(version)).resolve(MODEL_FILE);
        if (!Files.isRegularFile(file)) {
            throw new ModelNotFoundException("Model '" + name + "' has no version " + version);
        }
        return insideRoot(file);
    }

    /** The model's config.json, or the defaults when there is none. */
    public ModelConfig config(String name) {
        Path file = modelDirectory(name).resolve(CONFIG_FILE);
        if (!Files.exists(file)) {
            return ModelConfig.defaults();
        }
        try {
            return ModelConfigReader.parse(
                    Files.readString(insideRoot(file), StandardCharsets.UTF_8), name + "/" + CONFIG_FILE);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + name + "/" + CONFIG_FILE + ": " + e.getMessage(), e);
        }
    }

    /**
     * A file of a pipeline's folder (its tokenizer.json, its labels): a plain name, checked to
     * exist and to stay inside the repository.
     */
    public Path pipelineFile(String name, String fileName) {
        if (!PipelineJson.isValidFileName(fileName)) {
            throw new InvalidInputException("'" + fileName + "' is not a file name of pipeline '" + name + "'");
        }
        Path file = modelDirectory(name).resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(name + "/" + fileName + " is missing: the pipeline's config.json names it");
        }
        return insideRoot(file);
    }

    /**
     * Stores a pipeline as {@code <root>/<name>/config.json} with the files its config names,
     * copied in from {@code sources} (file name to where it is now): the tokenizer and labels are
     * read from the repository from then on, never from where they were handed. Everything is
     * checked first; the config is written last, so a failure leaves no half pipeline.
     */
    /** Checks files a pipeline would be stored with (as {@link #storePipeline} does), writing nothing. */
    public static void checkPipelineFiles(PipelineConfig pipeline, Map<String, Path> sources) {
        PipelineFiles.check(pipeline, sources);
    }

    public synchronized void storePipeline(String name, PipelineConfig pipeline, Map<String, Path> sources) {
        requireValidName(name);
        PipelineFiles.check(pipeline, sources);
        if (name.equals(pipeline.model())) {
            throw new InvalidInputException("Pipeline '" + name + "' cannot share the name of the model it runs");
        }
        Path directory = modelDirectory(name);
        if (Files.isDirectory(directory) && !versions(name).isEmpty()) {
            throw new InvalidInputException(
                    "'" + name + "' is already a model with versions; choose another" + " pipeline name");
        }
        try {
            Files.createDirectories(directory);
            Path inside = insideRoot(directory);
            for (String fileName : pipeline.files()) {
                Path staged = Files.createTempFile(inside, ".pipeline-", ".part");
                try {
                    Files.copy(sources.get(fileName), staged, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(
                            staged,
                            inside.resolve(fileName),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    deleteQuietly(staged);
                }
            }
            writeConfig(inside, PipelineJson.configJson(pipeline));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store pipeline '" + name + "'", e);
        }
    }

    /** The stored record of a version, or one made now (and saved) for a version copied in by hand. */
    public ModelVersionRecord describe(String name, long version) {
        Path file = modelFile(name, version);
        Optional<ModelVersionRecord> known = metadata.find(name, version);
        String sha256 = cachedSha256(file);
        if (known.isPresent() && known.get().sha256().equals(sha256)) {
            return known.get();
        }
        ModelVersionRecord record = new ModelVersionRecord(
                name,
                version,
                sha256,
                size(file),
                OnnxSignatureReader.read(file, name + "/" + version + "/" + MODEL_FILE),
                Instant.now(),
                known.map(ModelVersionRecord::stage).orElse(ModelStage.NONE),
                known.map(ModelVersionRecord::tags).orElse(List.of()));
        metadata.save(record);
        return record;
    }

    /** Every version of the model with its record, ascending (what {@code models versions} lists). */
    public List<ModelVersionRecord> describeAll(String name) {
        return versions(name).stream().map(version -> describe(name, version)).toList();
    }

    /** Moves a version to a promotion stage; the record is saved with it. */
    public ModelVersionRecord setStage(String name, long version, ModelStage stage) {
        ModelVersionRecord staged = describe(name, version).withStage(stage);
        metadata.save(staged);
        return staged;
    }

    /**
     * Copies an ONNX file in as a new version (the next number unless one is given). The file is
     * checked with ONNX Runtime first and moved into place whole, so a failure writes nothing.
     */
    public ModelVersionRecord importModel(Path source, String name, OptionalLong version) {
        requireValidName(name);
        if (!Files.isRegularFile(source)) {
            throw new InvalidInputException("No model file at " + source);
        }
        ModelSignature signature =
                OnnxSignatureReader.read(source, source.getFileName().toString());
        try (InputStream in = Files.newInputStream(source)) {
            return store(name, version, in, signature, Optional.empty());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores an uploaded model (push deployment) and, when given, its config.json; both are checked
     * before anything is written.
     */
    public ModelVersionRecord storeUpload(
            String name, OptionalLong version, byte[] modelBytes, Optional<String> configJson) {
        requireValidName(name);
        configJson.ifPresent(json -> ModelConfigReader.parse(json, name + "/" + CONFIG_FILE));
        Path staging = null;
        try {
            staging = Files.createTempFile(root, ".upload-", ".onnx");
            Files.write(staging, modelBytes);
            ModelSignature signature = OnnxSignatureReader.read(staging, "the uploaded model for '" + name + "'");
            try (InputStream in = Files.newInputStream(staging)) {
                return store(name, version, in, signature, configJson);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the uploaded model for '" + name + "'", e);
        } finally {
            deleteQuietly(staging);
        }
    }

    /**
     * Replaces a model's config.json (Triton's load with {@code config} alone); the text is checked
     * first and the file replaced whole.
     */
    public synchronized void storeConfig(String name, String configJson) {
        ModelConfigReader.parse(configJson, name + "/" + CONFIG_FILE);
        if (!contains(name)) {
            throw new ModelNotFoundException("Model '" + name + "' is not in the repository");
        }
        try {
            writeConfig(insideRoot(modelDirectory(name)), configJson);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the config of '" + name + "'", e);
        }
    }

    private static void writeConfig(Path modelDirectory, String configJson) throws IOException {
        Path config = Files.createTempFile(modelDirectory, ".config-", ".json");
        try {
            Files.writeString(config, configJson, StandardCharsets.UTF_8);
            Files.move(
                    config,
                    modelDirectory.resolve(CONFIG_FILE),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteQuietly(config);
        }
    }

    private synchronized ModelVersionRecord store(
            String name,
            OptionalLong requested,
            InputStream content,
            ModelSignature signature,
            Optional<String> configJson)
            throws IOException {
        Path modelDirectory = modelDirectory(name);
        Files.createDirectories(modelDirectory);
        insideRoot(modelDirectory);
        long version = requested.orElseGet(() -> nextVersion(name));
        if (version < 1) {
            throw new InvalidInputException("Version must be a positive number, not " + version);
        }
        Path target = modelDirectory.resolve(Long.toString(version));
        if (Files.exists(target)) {
            throw new InvalidInputException("Model '" + name + "' already has version " + version
                    + "; give another --version or leave it out to use the next one");
        }
        removeAbandonedStaging();
        Path staging = Files.createTempDirectory(
                modelDirectory, IMPORT_STAGING + ProcessHandle.current().pid() + "-");
        ACTIVE_STAGING.add(staging);
        try {
            Path stagedFile = staging.resolve(MODEL_FILE);
            MessageDigest digest = sha256Digest();
            try (DigestInputStream in = new DigestInputStream(content, digest)) {
                Files.copy(in, stagedFile);
            }
            if (configJson.isPresent()) {
                writeConfig(modelDirectory, configJson.get());
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            ModelVersionRecord record = new ModelVersionRecord(
                    name,
                    version,
                    HexFormat.of().formatHex(digest.digest()),
                    Files.size(target.resolve(MODEL_FILE)),
                    signature,
                    Instant.now(),
                    ModelStage.NONE,
                    List.of());
            metadata.save(record);
            return record;
        } finally {
            deleteRecursively(staging);
            ACTIVE_STAGING.remove(staging);
        }
    }

    /** Hashes the file only when its size or modification time differ from the last hash's. */
    private String cachedSha256(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            FileHash cached = hashes.get(file);
            if (cached != null
                    && cached.size() == attributes.size()
                    && cached.modified().equals(attributes.lastModifiedTime())) {
                return cached.sha256();
            }
            String sha256 = sha256(file);
            hashes.put(file, new FileHash(attributes.size(), attributes.lastModifiedTime(), sha256));
            return sha256;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /**
     * Removes the staging folders of imports that can no longer finish: their process ended (a
     * {@code kill -9}, a crash) or they predate the process id in the name. Runs on open and before
     * every import.
     */
    private void removeAbandonedStaging() {
        try (DirectoryStream<Path> models = Files.newDirectoryStream(root)) {
            for (Path model : models) {
                if (!Files.isDirectory(model, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try (DirectoryStream<Path> staged = Files.newDirectoryStream(model, IMPORT_STAGING + "*")) {
                    for (Path staging : staged) {
                        if (abandoned(staging)) {
                            deleteRecursively(staging);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder we cannot list holds nothing we could clean either
        }
    }

    private static boolean abandoned(Path staging) {
        if (ACTIVE_STAGING.contains(staging)) {
            return false;
        }
        String[] parts = staging.getFileName().toString().split("-");
        try {
            long pid = Long.parseLong(parts[1]);
            return pid == ProcessHandle.current().pid()
                    || ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return true; // a staging folder from before names carried the process id
        }
    }

    private long nextVersion(String name) {
        List<Long> versions = versions(name);
        return versions.isEmpty() ? 1 : versions.get(versions.size() - 1) + 1;
    }

    private Path modelDirectory(String name) {
        requireValidName(name);
        return root.resolve(name);
    }

    private Path insideRoot(Path path) {
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(root)) {
                throw new InvalidInputException(
                        root.relativize(path.normalize()) + " resolves outside the model repository");
            }
            return real;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + path, e);
        }
    }

    public static String sha256(Path file) {
        MessageDigest digest = sha256Digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file starts with '.', which the repository ignores
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(ModelRepository::deleteQuietly);
        } catch (IOException ignored) {
            // a leftover temporary folder starts with '.', which the repository ignores
        }
    }
}
