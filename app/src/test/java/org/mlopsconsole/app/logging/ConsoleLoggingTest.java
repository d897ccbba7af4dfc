package org.mlopsconsole.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.FilterReply;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app's logback.xml, as `mlops-console serve` runs with it: which events reach the console. */
class ConsoleLoggingTest {

    private final LoggerContext context = new LoggerContext();

    @BeforeEach
    void configure() throws Exception {
        context.start();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback.xml"));
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void theRuntimesLoadsAndSwitchesAtInfoReachTheConsoleOnce() {
        assertThat(consoleAppendersTaking("org.mlopsconsole.runtime.internal.engine.ModelLifecycle", Level.INFO))
                .hasSize(1);
        assertThat(consoleAppendersTaking("org.mlopsconsole.runtime.internal.engine.RequestRouter", Level.WARN))
                .as("a warning is printed once, not by both console appenders")
                .hasSize(1);
    }

    @Test
    void theAppsOwnInfoLinesStayOffTheConsole() {
        assertThat(consoleAppendersTaking("org.mlopsconsole.app.workspace.Workspace", Level.INFO))
                .isEmpty();
        assertThat(consoleAppendersTaking("org.mlopsconsole.app.workspace.Workspace", Level.WARN))
                .hasSize(1);
    }

    /** The console appenders an event of that logger and level reaches, additivity included. */
    private List<String> consoleAppendersTaking(String loggerName, Level level) {
        Logger logger = context.getLogger(loggerName);
        LoggingEvent event = new LoggingEvent(getClass().getName(), logger, level, "message", null, null);
        List<String> taking = new ArrayList<>();
        if (!logger.isEnabledFor(level)) {
            return taking;
        }
        for (Logger current = logger; current != null; current = parent(current)) {
            current.iteratorForAppenders().forEachRemaining(appender -> {
                if (appender instanceof ConsoleAppender<?> && accepts(appender, event)) {
                    taking.add(appender.getName());
                }
            });
            if (!current.isAdditive()) {
                break;
            }
        }
        return taking;
    }

    private static boolean accepts(Appender<ILoggingEvent> appender, ILoggingEvent event) {
        return ((ConsoleAppender<ILoggingEvent>) appender).getFilterChainDecision(event) != FilterReply.DENY;
    }

    private Logger parent(Logger logger) {
        String name = logger.getName();
        if (name.equals(org.slf4j.Logger.ROOT_LOGGER_NAME)) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        return context.getLogger(dot < 0 ? org.slf4j.Logger.ROOT_LOGGER_NAME : name.substring(0, dot));
    }
}
