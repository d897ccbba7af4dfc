package org.mlopsconsole.app.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Logging: warnings and errors on stderr (logback.xml), everything from INFO up in a rotating
 * file in the workspace's {@code logs/} once a workspace is in use. JavaFX and ONNX Runtime log
 * through java.util.logging, Apache POI through the Log4j API; both end up here.
 */
public final class LoggingSetup {

    static final String FILE_APPENDER = "workspace-file";
    /** H2's logger; logback.xml keeps it off the console. */
    private static final String H2_LOGGER = "h2database";

    private LoggingSetup() {}

    public static synchronized void routeJavaLoggingToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    /** Adds (or moves) the rolling file log to {@code logsDirectory}. */
    public static synchronized void logToWorkspace(Path logsDirectory) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger h2 = context.getLogger(H2_LOGGER);
        Appender<ILoggingEvent> existing = root.getAppender(FILE_APPENDER);
        Path logFile = logsDirectory.resolve("mlops-console.log").toAbsolutePath();
        if (existing != null) {
            if (existing instanceof FileAppender<ILoggingEvent> file
                    && logFile.toString().equals(file.getFile())) {
                return;
            }
            root.detachAppender(existing);
            h2.detachAppender(existing);
            existing.stop();
        }
        Appender<ILoggingEvent> file = fileAppender(context, logsDirectory, logFile);
        root.addAppender(file);
        h2.addAppender(file);
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(
            LoggerContext context, Path logsDirectory, Path logFile) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{ISO8601} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName(FILE_APPENDER);
        appender.setFile(logFile.toString());
        appender.setEncoder(encoder);

        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logsDirectory.toAbsolutePath() + "/mlops-console-%d{yyyy-MM-dd}.%i.log.gz");
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("200MB"));
        policy.start();

        appender.setRollingPolicy(policy);
        appender.start();
        return appender;
    }
}
