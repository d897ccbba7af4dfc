package org.mlopsconsole.runtime.internal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.stream.Stream;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.HttpHostConnectException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorKindsTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ErrorKinds.HttpStatusException(503, "busy"), "http 503"),
                Arguments.of(new SocketTimeoutException("Read timed out"), "timeout"),
                Arguments.of(new ConnectException("Connection refused"), "connect"),
                Arguments.of(new HttpHostConnectException("Connect to 127.0.0.1:1 failed"), "connect"),
                Arguments.of(new ConnectTimeoutException("Connect timed out"), "connect"),
                Arguments.of(new IOException("Broken pipe"), "io"),
                Arguments.of(new IllegalStateException("odd"), "illegalstateexception"));
    }

    @ParameterizedTest(name = "{0} counts as {1}")
    @MethodSource("failures")
    void aFailedRequestIsCountedUnderItsKind(Throwable failure, String kind) {
        assertThat(ErrorKinds.of(failure)).isEqualTo(kind);
    }
}
