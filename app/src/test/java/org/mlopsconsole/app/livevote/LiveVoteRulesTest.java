package org.mlopsconsole.app.livevote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The live vote's rules for tokens, join codes, rates and origins. */
class LiveVoteRulesTest {

    // --- token and join code --------------------------------------------------------------------

    @Test
    void aTokenCarriesAtLeast128RandomBitsAndACodeSixUnambiguousCharacters() {
        JoinSecrets secrets = JoinSecrets.generate();

        assertThat(Base64.getUrlDecoder().decode(secrets.token())).hasSizeGreaterThanOrEqualTo(16);
        assertThat(secrets.code()).hasSize(6).matches("[" + JoinSecrets.CODE_ALPHABET + "]{6}");
        assertThat(JoinSecrets.CODE_ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }

    @Test
    void everyVoteGetsSecretsOfItsOwn() {
        Set<String> tokens = new HashSet<>();
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> {
            JoinSecrets secrets = JoinSecrets.generate();
            tokens.add(secrets.token());
            codes.add(secrets.code());
        });
        assertThat(tokens).hasSize(200);
        assertThat(codes).hasSizeGreaterThan(195); // 31^6 codes: a repeat in 200 is very unlikely
    }

    @ParameterizedTest(name = "\"{0}\" is the code K7P3QX: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "K7P3QX   | true",
                "k7p3qx   | true",
                "K7P 3QX  | true",
                "k7p-3qx  | true",
                "' K7P3QX '| true",
                "K7P3QY   | false",
                "K7P3Q    | false",
                "K7P3QXX  | false",
                "''       | false"
            })
    void theJoinCodeIsTypedInAnyCaseWithSpacesOrADash(String typed, boolean matches) {
        JoinSecrets secrets = new JoinSecrets("A".repeat(43), "K7P3QX");

        assertThat(secrets.codeMatches(typed)).isEqualTo(matches);
        assertThat(secrets.shownCode()).isEqualTo("K7P 3QX");
    }

    @ParameterizedTest(name = "token \"{0}\" is the vote''s: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | true",
                "aAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | false",
                "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | false",
                "'' | false"
            })
    void theTokenMustMatchExactly(String given, boolean matches) {
        assertThat(new JoinSecrets("A".repeat(43), "K7P3QX").tokenMatches(given))
                .isEqualTo(matches);
    }

    @ParameterizedTest(name = "code \"{0}\" is refused")
    @ValueSource(strings = {"K7P3Q0", "K7P3QI", "ABCDE", "ABCDEFG", "abcdef"})
    void aCodeOutsideTheAlphabetOrOfAnotherLengthIsNoJoinCode(String code) {
        assertThatThrownBy(() -> new JoinSecrets("A".repeat(43), code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenShorterThan128BitsIsRefused() {
        assertThatThrownBy(() -> new JoinSecrets("A".repeat(21), "K7P3QX")).hasMessageContaining("128 bits");
    }

    // --- rate limits ----------------------------------------------------------------------------

    @ParameterizedTest(name = "burst {0}, one every {1} ms: after {2} at once and {3} ms, the next is allowed: {4}")
    @CsvSource({
        "3, 1000, 3,    0, false",
        "3, 1000, 2,    0, true",
        "3, 1000, 3,  999, false",
        "3, 1000, 3, 1000, true",
        "5, 200,  5,  100, false",
        "5, 200,  5,  200, true",
        "1, 60000, 1, 59999, false",
        "1, 60000, 1, 60000, true"
    })
    void aClientGetsItsBurstThenOneRequestPerRefill(
            int burst, long refillMillis, int taken, long waitedMillis, boolean allowed) {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RateLimiter limiter = new RateLimiter(new RateLimiter.Rule(burst, Duration.ofMillis(refillMillis)), now::get);
        for (int i = 0; i < taken; i++) {
            assertThat(limiter.tryAcquire("phone"))
                    .as("request %d of the burst", i + 1)
                    .isTrue();
        }
        now.addAndGet(Duration.ofMillis(waitedMillis).toNanos());

        assertThat(limiter.hasLeft("phone")).isEqualTo(allowed);
        assertThat(limiter.tryAcquire("phone")).isEqualTo(allowed);
    }

    @Test
    void eachClientHasABucketOfItsOwn() {
        RateLimiter limiter = new RateLimiter(new RateLimiter.Rule(1, Duration.ofMinutes(1)), () -> 0L);

        assertThat(limiter.tryAcquire("address:10.0.0.2")).isTrue();
        assertThat(limiter.tryAcquire("address:10.0.0.2")).isFalse();
        assertThat(limiter.tryAcquire("address:10.0.0.3")).isTrue();
        assertThat(limiter.retryAfterSeconds()).isEqualTo(60);
    }

    @Test
    void theDefaultLimitsAreTheDocumentedOnes() {
        assertThat(RateLimits.DEFAULT.requests()).isEqualTo(new RateLimiter.Rule(60, Duration.ofMillis(200)));
        assertThat(RateLimits.DEFAULT.wrongCodes()).isEqualTo(new RateLimiter.Rule(5, Duration.ofMinutes(1)));
    }

    // --- hosts and origins ----------------------------------------------------------------------

    @ParameterizedTest(name = "bound to {0}:{1}, Host \"{2}\" is allowed: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "127.0.0.1    | 8123 | 127.0.0.1:8123     | true",
                "127.0.0.1    | 8123 | localhost:8123     | true",
                "127.0.0.1    | 8123 | LOCALHOST:8123     | true",
                "127.0.0.1    | 8123 | [::1]:8123         | true",
                "127.0.0.1    | 8123 | 127.0.0.1:8124     | false",
                "127.0.0.1    | 8123 | evil.example:8123  | false",
                "127.0.0.1    | 8123 | 127.0.0.1          | false",
                "192.168.1.20 | 8123 | 192.168.1.20:8123  | true",
                "192.168.1.20 | 8123 | localhost:8123     | false",
                "192.168.1.20 | 8123 | rebound.example:8123 | false",
                "::1          | 8123 | [::1]:8123         | true"
            })
    void onlyTheServersOwnHostNamesAreAnswered(String bound, int port, String host, boolean allowed) {
        assertThat(new OriginPolicy(bound, port).allowsHost(Optional.of(host))).isEqualTo(allowed);
    }

    @Test
    void aRequestWithoutAHostHeaderIsRefused() {
        assertThat(new OriginPolicy("127.0.0.1", 8123).allowsHost(Optional.empty()))
                .isFalse();
    }

    @ParameterizedTest(name = "Origin \"{0}\", Referer \"{1}\": may write {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://192.168.1.20:8123  |                                        | true",
                "http://192.168.1.20:8124  |                                        | false",
                "https://192.168.1.20:8123 |                                        | false",
                "http://evil.example       |                                        | false",
                "null                      |                                        | false",
                "http://evil.example       | http://192.168.1.20:8123/v/t/          | false",
                "                          | http://192.168.1.20:8123/v/t/          | true",
                "                          | http://192.168.1.20:8123               | true",
                "                          | http://evil.example:8123/v/t/          | false",
                "                          | http://192.168.1.20/v/t/               | false",
                "                          | not a url                              | false",
                "                          |                                        | false"
            })
    void writesComeOnlyFromTheServersOwnOrigin(String origin, String referer, boolean allowed) {
        OriginPolicy policy = new OriginPolicy("192.168.1.20", 8123);

        assertThat(policy.allowsWriteFrom(Optional.ofNullable(origin), Optional.ofNullable(referer)))
                .isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} is refused as the address to serve on")
    @ValueSource(strings = {"", " "})
    void theAddressToServeOnIsRequired(String host) {
        assertThatThrownBy(() -> LiveVoteOptions.defaults().withHost(host))
                .hasMessageContaining("address to listen on");
    }
}
