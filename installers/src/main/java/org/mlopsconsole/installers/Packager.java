package org.mlopsconsole.installers;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * Builds the desktop app image and its native package from {@code app/target} with the JDK's jlink
 * and jpackage. Run by the {@code installers} profile as a single-file program ({@code java
 * Packager.java --key value ...}), so it needs nothing but the JDK (installers/README.md).
 *
 * <p>The app image runs in one JVM: JavaFX is linked into the runtime, so the launcher needs no
 * module path and {@code DesktopLauncher} opens the window at once. JavaFX's and ONNX Runtime's
 * native libraries are taken out of their jars and shipped as files, so no start extracts them to
 * a temporary folder; other platforms' native libraries (ONNX Runtime's, DJL tokenizers', JNA's and
 * gRPC's Netty) are left out. The runtime bundle's jar keeps those of the platforms ONNX Runtime
 * runs on, and drops the rest and ONNX Runtime's macOS debug symbols.
 */
public final class Packager {

    static final String NAME = "mlops-console";
    static final String MAIN_CLASS = "org.mlopsconsole.app.Main";
    static final String JAVAFX_MODULES = "javafx.controls,javafx.fxml,javafx.swing";
    /** The JDK modules the app and its libraries use (jdeps --print-module-deps), and the few they load by name. */
    static final String JDK_MODULES = String.join(
            ",",
            "java.se",
            "jdk.charsets",
            "jdk.crypto.ec",
            "jdk.localedata",
            "jdk.management",
            "jdk.net",
            "jdk.unsupported",
            "jdk.zipfs");

    private static final Pattern JAVAFX_PLATFORM_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+-[a-z0-9-]+\\.jar");
    private static final Pattern JAVAFX_JAR = Pattern.compile("javafx-[a-z]+-[0-9.]+(-[a-z0-9-]+)?\\.jar");
    /** The project's own modules, which THIRD-PARTY.txt leaves out. */
    private static final Pattern OWN_MODULE =
            Pattern.compile("(assessment-models|local-runtime|reports|workspace)-.*\\.jar");

    private static final Pattern NATIVE_LIBRARY = Pattern.compile("[^/]+\\.(so|dll|dylib)");
    /**
     * Where the bundled libraries keep a native library per platform, the platform in group 1: ONNX
     * Runtime, DJL tokenizers (native/lib), JNA (com/sun/jna) and gRPC's shaded Netty (META-INF/native).
     */
    private static final List<Pattern> PLATFORM_NATIVE = List.of(
            Pattern.compile("ai/onnxruntime/native/([^/]+)/.+"),
            Pattern.compile("native/lib/([^/]+)/.+\\.(so|dll|dylib)"),
            Pattern.compile("com/sun/jna/([^/]+)/[^/]+\\.(so|dll|dylib|jnilib|a)"),
            Pattern.compile(
                    "META-INF/native/[^/]*netty_(?:tcnative|transport_native_epoll)_([a-z0-9_]+)\\.(so|dll|jnilib)"));
    /** Each library's name for a platform, as ONNX Runtime names it (the pom's installer.onnxPlatform). */
    private static final Map<String, String> PLATFORM_ALIASES = Map.ofEntries(
            Map.entry("linux-x86_64", "linux-x64"), // DJL
            Map.entry("win-x86_64", "win-x64"),
            Map.entry("linux-x86-64", "linux-x64"), // JNA
            Map.entry("win32-x86-64", "win-x64"),
            Map.entry("darwin-aarch64", "osx-aarch64"),
            Map.entry("linux_x86_64", "linux-x64"), // Netty: tcnative_<os>_<arch>, epoll_<arch>
            Map.entry("linux_aarch_64", "linux-aarch64"),
            Map.entry("osx_aarch_64", "osx-aarch64"),
            Map.entry("windows_x86_64", "win-x64"),
            Map.entry("x86_64", "linux-x64"),
            Map.entry("aarch_64", "linux-aarch64"));

    private static final Pattern NOTICE_FILE = Pattern.compile(
            "(?i)(.*/)?(licen[cs]e|notice|copying|copyright|third[-_]party)[^/]*|META-INF/[^/]*(licen[cs]e|notice)[^/]*");
    private static final Pattern THIRD_PARTY_LINE =
            Pattern.compile("^\\s*((?:\\([^()]*\\)\\s*)+)(.*?)\\s+\\(([^:\\s]+):([^:\\s]+):([^\\s]+) - (.*)\\)\\s*$");

    private Packager() {}

    /** What the pom passes: the folders, the version and the platform's choices. */
    record Options(
            Path appDir,
            Path out,
            String version,
            String installerType,
            String onnxPlatform,
            Path icon,
            Path license,
            Path appThirdParty,
            Path runtimeThirdParty,
            Path classList,
            Path resourceDir,
            List<String> installerOptions,
            Path runtimeJar) {

        static Options parse(String[] args) {
            Map<String, List<String>> values = new LinkedHashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("expected --key value, got " + args[i]);
                }
                values.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>())
                        .add(args[i + 1]);
            }
            return new Options(
                    Path.of(one(values, "app-dir")),
                    Path.of(one(values, "out")),
                    one(values, "version"),
                    one(values, "installer-type"),
                    one(values, "onnx-platform"),
                    Path.of(one(values, "icon")),
                    Path.of(one(values, "license")),
                    Path.of(one(values, "third-party")),
                    Path.of(one(values, "runtime-third-party")),
                    Path.of(one(values, "class-list")),
                    Path.of(one(values, "resource-dir")),
                    List.of(one(values, "installer-options").trim().split("\\s+")),
                    Path.of(one(values, "runtime-jar")));
        }

        private static String one(Map<String, List<String>> values, String key) {
            List<String> found = values.get(key);
            if (found == null || found.size() != 1) {
                throw new IllegalArgumentException("--" + key + " is needed once");
            }
            return found.get(0);
        }

        /** jpackage wants numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0. */
        String packageVersion() {
            return version.replaceFirst("[-+].*$", "");
        }
    }

    /** One bundled library as the license plugin lists it. */
    record ThirdParty(
            List<String> licenses, String name, String groupId, String artifactId, String version, String url) {

        static List<ThirdParty> read(Path thirdPartyFile) throws IOException {
            List<ThirdParty> libraries = new ArrayList<>();
            for (String line : Files.readAllLines(thirdPartyFile, StandardCharsets.UTF_8)) {
                Matcher m = THIRD_PARTY_LINE.matcher(line);
                if (m.matches()) {
                    List<String> licenses = Pattern.compile("\\(([^()]*)\\)")
                            .matcher(m.group(1))
                            .results()
                            .map(r -> r.group(1))
                            .toList();
                    libraries.add(new ThirdParty(licenses, m.group(2), m.group(3), m.group(4), m.group(5), m.group(6)));
                }
            }
            if (libraries.isEmpty()) {
                throw new IllegalStateException("no libraries listed in " + thirdPartyFile);
            }
            return libraries;
        }

        String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }

        String jarName() {
            return artifactId + "-" + version + ".jar";
        }

        boolean javaFx() {
            return groupId.equals("org.openjfx");
        }

        /** Where the library is in the installed app: JavaFX is linked into the runtime. */
        String installedPath() {
            return javaFx() ? "lib/runtime/*" : "lib/app/lib/" + jarName();
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path stage = recreate(options.out().resolve("stage"));
        Path input = stage.resolve("input");
        stageApplication(options, input);
        Path runtime = linkRuntime(options, stage);
        writeNotices(options, input, stage.resolve("javafx"));
        writeRuntimeBundleNotices(options, options.out().resolve("runtime-notices"));
        runtimeBundleJar(options.runtimeJar(), options.out().resolve("runtime-bundle"));
        Path image = appImage(options, input, runtime);
        System.out.println("app image: " + image);
        if (!options.installerType().equals("none")) {
            installer(options, image, stage);
        }
    }

    /** The app jar and its libraries, without JavaFX (it is in the runtime) and without other platforms' natives. */
    static void stageApplication(Options options, Path input) throws IOException {
        Path lib = Files.createDirectories(input.resolve("lib"));
        Files.copy(options.appDir().resolve(NAME + ".jar"), input.resolve(NAME + ".jar"));
        for (Path jar : list(options.appDir().resolve("lib"))) {
            String name = jar.getFileName().toString();
            if (JAVAFX_JAR.matcher(name).matches()) {
                continue;
            }
            Path copy = Files.copy(jar, lib.resolve(name));
            if (name.startsWith("onnxruntime-")) {
                moveOnnxRuntimeNatives(copy, options.onnxPlatform(), input.resolve("native"));
            } else {
                keepNativesOf(copy, Set.of(options.onnxPlatform()));
            }
        }
    }

    /**
     * mlops-runtime.jar for the runtime bundle, which serves on any platform ONNX Runtime runs on:
     * other platforms' native libraries (JNA has some twenty) and ONNX Runtime's debug symbols go.
     */
    static void runtimeBundleJar(Path runtimeJar, Path bundleDir) throws IOException {
        Path copy = recreate(bundleDir).resolve(runtimeJar.getFileName());
        Files.copy(runtimeJar, copy);
        Set<String> onnxPlatforms;
        try (FileSystem zip = FileSystems.newFileSystem(copy)) {
            onnxPlatforms =
                    new TreeSet<>(nativesByPlatform(zip, "ai/onnxruntime/").keySet());
        }
        if (onnxPlatforms.isEmpty()) {
            throw new IllegalStateException("no ONNX Runtime natives in " + runtimeJar);
        }
        keepNativesOf(copy, onnxPlatforms);
        System.out.printf(
                "runtime bundle jar: %s (%d MB, natives of %s)%n", copy, Files.size(copy) >> 20, onnxPlatforms);
    }

    /**
     * Deletes the jar's native libraries of platforms other than these, and debug symbols (.dSYM).
     * Fails when the jar has natives but none left for one of these platforms: the library would
     * then try to download them, or fail, at its first use.
     */
    static void keepNativesOf(Path jar, Set<String> platforms) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Map<String, List<Path>> natives = nativesByPlatform(zip, "");
            if (natives.isEmpty()) {
                return;
            }
            for (String platform : platforms) {
                if (!natives.containsKey(platform)) {
                    throw new IllegalStateException(jar.getFileName() + " has no native libraries for " + platform
                            + ", only for " + natives.keySet());
                }
            }
            for (Map.Entry<String, List<Path>> entry : natives.entrySet()) {
                for (Path file : entry.getValue()) {
                    if (!platforms.contains(entry.getKey()) || file.toString().contains(".dSYM/")) {
                        deleteWithEmptyParents(file);
                    }
                }
            }
        }
    }

    /** The jar's per-platform native files (those under {@code prefix}), by platform as ONNX Runtime names it. */
    static Map<String, List<Path>> nativesByPlatform(FileSystem zip, String prefix) throws IOException {
        Map<String, List<Path>> natives = new TreeMap<>();
        try (Stream<Path> entries = Files.walk(zip.getPath("/" + prefix))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                String name = entry.toString().substring(1);
                for (Pattern pattern : PLATFORM_NATIVE) {
                    Matcher m = pattern.matcher(name);
                    if (m.matches()) {
                        String platform = PLATFORM_ALIASES.getOrDefault(m.group(1), m.group(1));
                        natives.computeIfAbsent(platform, p -> new ArrayList<>())
                                .add(entry);
                        break;
                    }
                }
            }
        }
        return natives;
    }

    private static void deleteWithEmptyParents(Path file) throws IOException {
        Files.delete(file);
        for (Path dir = file.getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            try (Stream<Path> left = Files.list(dir)) {
                if (left.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
        }
    }

    /** Extracts this platform's ONNX Runtime libraries (loaded through onnxruntime.native.path) and drops all. */
    static void moveOnnxRuntimeNatives(Path jar, String platform, Path nativeDir) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path natives = zip.getPath("/ai/onnxruntime/native");
            Path mine = natives.resolve(platform);
            if (!Files.isDirectory(mine)) {
                throw new IllegalStateException("ONNX Runtime has no natives for " + platform + " in " + jar);
            }
            Files.createDirectories(nativeDir);
            try (Stream<Path> files = Files.list(mine)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, nativeDir.resolve(file.getFileName().toString()));
                }
            }
            deleteTree(natives);
        }
    }

    /** jlink: the JDK modules plus JavaFX from its Maven Central jars, natives beside the JDK's, and a CDS archive. */
    static Path linkRuntime(Options options, Path stage) throws IOException, InterruptedException {
        Path javafx = Files.createDirectories(stage.resolve("javafx"));
        Path javafxNatives = Files.createDirectories(stage.resolve("javafx-natives"));
        for (Path jar : list(options.appDir().resolve("lib"))) {
            if (JAVAFX_PLATFORM_JAR.matcher(jar.getFileName().toString()).matches()) {
                moveJavaFxNatives(Files.copy(jar, javafx.resolve(jar.getFileName())), javafxNatives);
            }
        }
        Path runtime = stage.resolve("runtime");
        run(
                "jlink",
                "--module-path",
                javafx.toString(),
                "--add-modules",
                JDK_MODULES + "," + JAVAFX_MODULES,
                "--strip-debug",
                "--no-header-files",
                "--no-man-pages",
                "--generate-cds-archive",
                "--output",
                runtime.toString());
        Path nativeDir = runtime.resolve(isWindows() ? "bin" : "lib");
        for (Path library : list(javafxNatives)) {
            Files.copy(library, nativeDir.resolve(library.getFileName()));
        }
        archiveClasses(runtime, options.classList(), stage.resolve("cds.log"));
        return runtime;
    }

    /** JavaFX extracts the libraries inside its jars to a cache at first use; shipped as files, it loads them directly. */
    static void moveJavaFxNatives(Path jar, Path nativeDir) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            try (Stream<Path> entries = Files.list(zip.getPath("/"))) {
                for (Path entry : entries.toList()) {
                    String name = entry.getFileName().toString();
                    if (NATIVE_LIBRARY.matcher(name).matches()) {
                        Files.copy(entry, nativeDir.resolve(name));
                        Files.delete(entry);
                    } else if (name.equals("javafx-swt.jar")) {
                        Files.delete(entry); // the SWT bridge, for SWT programs only
                    }
                }
            }
        }
    }

    /**
     * Replaces the runtime's default CDS archive with one of every JDK and JavaFX class the app loads
     * up to its first window (the class list recorded by installers/src/cds/record-class-list.sh). These
     * classes live in the runtime image, so the archive holds wherever the app is installed.
     */
    static void archiveClasses(Path runtime, Path classList, Path log) throws IOException, InterruptedException {
        Path server = runtime.resolve(Files.isDirectory(runtime.resolve("lib/server")) ? "lib/server" : "bin/server");
        Path archive = server.resolve("classes.jsa");
        Files.deleteIfExists(archive);
        Path java = runtime.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        Process dump = new ProcessBuilder(
                        java.toString(),
                        "-Xshare:dump",
                        "-XX:SharedClassListFile=" + classList,
                        "-XX:SharedArchiveFile=" + archive)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (dump.waitFor() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("the CDS archive was not made: see " + log);
        }
        System.out.printf("CDS archive: %s (%d MB)%n", archive, Files.size(archive) >> 20);
    }

    /** LICENSE, the third-party list and each bundled library's own licence and notice files. */
    static void writeNotices(Options options, Path input, Path javafxJars) throws IOException {
        checkEveryLibraryListed(ThirdParty.read(options.appThirdParty()), input.resolve("lib"));
        Files.copy(options.license(), input.resolve("LICENSE"));
        Files.copy(options.appThirdParty(), input.resolve("THIRD-PARTY.txt"));
        Path notices = input.resolve("notices");
        List<Path> jars = new ArrayList<>(list(input.resolve("lib")));
        jars.addAll(list(javafxJars));
        jars.removeIf(jar -> OWN_MODULE.matcher(jar.getFileName().toString()).matches());
        for (Path jar : jars) {
            copyNoticeFiles(jar, notices.resolve(jar.getFileName().toString().replaceFirst("\\.jar$", "")));
        }
        Files.writeString(
                notices.resolve("README.txt"),
                String.join(
                        "\n",
                        "Licence and notice files found inside each bundled library, by jar name.",
                        "THIRD-PARTY.txt beside this folder lists every bundled library and its licence.",
                        "JavaFX (OpenJFX) and the Java runtime are under the GNU General Public License, version 2,",
                        "with the Classpath Exception: see the runtime's legal/ folder (legal/java.base/LICENSE).",
                        "The Liberation fonts used by PDF reports are under the SIL Open Font License 1.1:",
                        "see openpdf-fonts-extra-*/liberation/LICENSE.",
                        ""));
    }

    /** The notices must name exactly the jars shipped (the project's own modules aside). */
    static void checkEveryLibraryListed(List<ThirdParty> libraries, Path lib) throws IOException {
        TreeSet<String> shipped = new TreeSet<>();
        for (Path jar : list(lib)) {
            shipped.add(jar.getFileName().toString());
        }
        shipped.removeIf(name -> OWN_MODULE.matcher(name).matches());
        TreeSet<String> listed = new TreeSet<>();
        libraries.stream().filter(l -> !l.javaFx()).forEach(l -> listed.add(l.jarName()));
        if (!shipped.equals(listed)) {
            TreeSet<String> unlisted = new TreeSet<>(shipped);
            unlisted.removeAll(listed);
            TreeSet<String> missing = new TreeSet<>(listed);
            missing.removeAll(shipped);
            throw new IllegalStateException(
                    "THIRD-PARTY.txt and lib/ disagree: not listed " + unlisted + ", not shipped " + missing);
        }
    }

    /** The notice files of the libraries inside mlops-runtime.jar, which the shade plugin would mix up. */
    static void writeRuntimeBundleNotices(Options options, Path notices) throws IOException {
        deleteTree(notices);
        Path lib = options.appDir().resolve("lib");
        for (ThirdParty library : ThirdParty.read(options.runtimeThirdParty())) {
            String name = library.artifactId() + "-" + library.version();
            Path jar = lib.resolve(name + ".jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(library.coordinates() + " is in mlops-runtime.jar but not in " + lib);
            }
            copyNoticeFiles(jar, notices.resolve(name));
        }
    }

    static void copyNoticeFiles(Path jar, Path target) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(jar);
                Stream<Path> entries = Files.walk(zip.getPath("/"))) {
            for (Path entry : entries.filter(Files::isRegularFile).toList()) {
                String name = entry.toString().substring(1);
                if (NOTICE_FILE.matcher(name).matches() && !name.endsWith(".class")) {
                    Path copy = target.resolve(name);
                    Files.createDirectories(copy.getParent());
                    Files.copy(entry, copy);
                }
            }
        }
    }

    static Path appImage(Options options, Path input, Path runtime) throws IOException, InterruptedException {
        Path image = options.out().resolve(NAME);
        deleteTree(image);
        List<String> args = new ArrayList<>(List.of(
                "--type",
                "app-image",
                "--dest",
                options.out().toString(),
                "--input",
                input.toString(),
                "--main-jar",
                NAME + ".jar",
                "--main-class",
                MAIN_CLASS,
                "--runtime-image",
                runtime.toString(),
                // ONNX Runtime loads its libraries from here instead of extracting them to a temporary folder.
                "--java-options",
                "-Donnxruntime.native.path=$APPDIR/native",
                // The serial collector and a small initial heap keep the idle footprint small: the default
                // initial heap (1/64 of the RAM) gives a young generation that start-up fills and keeps.
                "--java-options",
                "-XX:+UseSerialGC",
                "--java-options",
                "-Xms32m"));
        args.addAll(identity(options));
        run("jpackage", args.toArray(String[]::new));
        return image;
    }

    static void installer(Options options, Path image, Path stage) throws IOException, InterruptedException {
        Path resources = stage.resolve("resources");
        copyTree(options.resourceDir(), resources);
        if (options.installerType().equals("deb")) {
            Files.writeString(
                    resources.resolve("copyright"), debianCopyright(ThirdParty.read(options.appThirdParty())));
        }
        List<String> args = new ArrayList<>(List.of(
                "--type", options.installerType(),
                "--dest", options.out().toString(),
                "--app-image", image.toString(),
                "--resource-dir", resources.toString(),
                "--license-file", options.license().toString(),
                // Engagement files (.mlops) open in the app, which offers to import them.
                "--file-associations",
                        options.resourceDir()
                                .resolveSibling("engagement-file.properties")
                                .toString()));
        args.addAll(identity(options));
        options.installerOptions().stream().filter(o -> !o.isEmpty()).forEach(args::add);
        run("jpackage", args.toArray(String[]::new));
    }

    private static List<String> identity(Options options) {
        return List.of(
                "--name",
                NAME,
                "--app-version",
                options.packageVersion(),
                "--description",
                "Assess MLOps maturity and serve ONNX models locally",
                "--vendor",
                "MLOps Console",
                "--copyright",
                "Copyright the MLOps Console contributors, Apache-2.0",
                "--icon",
                options.icon().toString());
    }

    /** The machine-readable Debian copyright file: the app, its runtime, then every bundled library. */
    static String debianCopyright(List<ThirdParty> libraries) {
        StringBuilder out = new StringBuilder();
        out.append("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")
                .append("Upstream-Name: MLOps Console\n\n")
                .append("Files: *\n")
                .append("Copyright: the MLOps Console contributors\n")
                .append("License: Apache-2.0\n\n")
                .append("Files: lib/runtime/*\n")
                .append("Copyright: Oracle and/or its affiliates, and the OpenJDK and OpenJFX contributors\n")
                .append("Comment: a Java runtime made with jlink, with OpenJFX (JavaFX) linked in;\n")
                .append(" the runtime's own notices are in lib/runtime/legal/.\n")
                .append("License: GPL-2.0-with-classpath-exception\n");
        TreeSet<String> used = new TreeSet<>(List.of("Apache-2.0", "GPL-2.0-with-classpath-exception"));
        for (ThirdParty library : libraries) {
            used.addAll(library.licenses());
            out.append("\nFiles: ")
                    .append(library.installedPath())
                    .append('\n')
                    .append("Copyright: the ")
                    .append(library.name())
                    .append(" authors\n")
                    .append("Comment: ")
                    .append(library.name())
                    .append(" (")
                    .append(library.coordinates())
                    .append("), ")
                    .append(library.url())
                    .append('\n')
                    .append("License: ")
                    .append(String.join(" or ", library.licenses()))
                    .append('\n');
        }
        for (String licence : used) {
            out.append("\nLicense: ").append(licence).append('\n').append(licenceReference(licence));
        }
        return out.toString();
    }

    private static String licenceReference(String licence) {
        Map<String, String> debianCommon = Map.of(
                "Apache-2.0", "Apache-2.0",
                "LGPL-2.1-only", "LGPL-2.1",
                "LGPL-2.1-or-later", "LGPL-2.1",
                "MPL-2.0", "MPL-2.0",
                "GPL-2.0-with-classpath-exception", "GPL-2",
                "CC0-1.0", "CC0-1.0");
        String text = Optional.ofNullable(debianCommon.get(licence))
                .map(file -> " The full text is in /usr/share/common-licenses/" + file + ".\n")
                .orElse(" The full text is in the library's files under lib/app/notices/.\n");
        if (licence.equals("GPL-2.0-with-classpath-exception")) {
            text += " The Classpath Exception is in lib/runtime/legal/java.base/LICENSE.\n";
        }
        return text;
    }

    static void run(String tool, String... args) throws InterruptedException {
        ToolProvider provider =
                ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK"));
        System.out.println("> " + tool + " " + String.join(" ", args));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int exit = provider.run(out, err, args);
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + exit);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private static Path recreate(Path dir) throws IOException {
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
