package org.mlopsconsole.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The build (the root pom's surefire configuration) gives every test a timeout, so none can hang. */
class BuildTimeoutTest {

    private static String defaultTimeout = "";

    @RegisterExtension
    static final BeforeEachCallback CAPTURE =
            context -> defaultTimeout = context.getConfigurationParameter("junit.jupiter.execution.timeout.default")
                    .orElse("none");

    @Test
    void everyTestFailsAfterFiveMinutesInsteadOfHanging() {
        assertThat(defaultTimeout).isEqualTo("5 m");
    }
}
