package org.mlopsconsole.assessment.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceTest {

    private static final String HASH = "a".repeat(64);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://wiki.example.com/ml/pipelines",
                "http://intranet/dashboards?id=7",
                "HTTPS://Example.com",
                "mailto:ml-platform@example.com"
            })
    void webAndMailLinksAreEvidence(String url) {
        assertThat(EvidenceLink.of("Runbook", url).url()).hasToString(url);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "file:///etc/passwd;must start with http:, https: or mailto:, not file:",
                "javascript:alert(1);not javascript:",
                "ftp://example.com/x;not ftp:",
                "wiki/page;(it has no scheme)",
                "https:///nohost;names no host",
                "mailto:;not a valid address",
                "http://exa mple.com;not a valid address"
            })
    void otherLinksAreRefusedSayingWhy(String url, String message) {
        assertThatThrownBy(() -> EvidenceLink.of("", url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(url)
                .hasMessageContaining(message);
    }

    @Test
    void aLinkWithoutATitleShowsItsAddress() {
        assertThat(EvidenceLink.of("  ", "https://example.com/a").shown()).isEqualTo("https://example.com/a");
        assertThat(EvidenceLink.of("Dashboard", "https://example.com/a").shown())
                .isEqualTo("Dashboard");
    }

    @ParameterizedTest(name = "{0}, {1}, {2} bytes, {3}")
    @CsvSource(
            delimiter = ';',
            value = {
                "'';application/pdf;10;HASH;without folders",
                "../x.pdf;application/pdf;10;HASH;without folders",
                "x.pdf;pdf;10;HASH;is not type/subtype",
                "x.pdf;application/pdf;-1;HASH;at most",
                "x.pdf;application/pdf;20971521;HASH;at most 20971520 (20 MiB)",
                "x.pdf;application/pdf;10;ABC;is not a SHA-256"
            })
    void anAttachmentMustNameAFileOfAllowedSizeWithItsHash(
            String name, String mediaType, long size, String sha256, String message) {
        String hash = sha256.equals("HASH") ? HASH : sha256;
        assertThatThrownBy(() -> new AttachmentInfo(name, mediaType, size, hash))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void anAttachmentAtTheSizeLimitIsAccepted() {
        assertThat(new AttachmentInfo("scan.png", "image/png", AttachmentInfo.MAX_SIZE_BYTES, HASH).sizeBytes())
                .isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void aQuestionWithoutEvidenceReadsAsEmptyFromTheBook() {
        EvidenceBook book =
                EvidenceBook.empty().with(QuestionEvidence.empty("q1").withSharedNote("Reviewed in the workshop"));

        assertThat(book.of("q2")).isEqualTo(QuestionEvidence.empty("q2"));
        assertThat(book.of("q2").isEmpty()).isTrue();
        assertThat(book.of("q1").sharedNote()).isEqualTo("Reviewed in the workshop");
        assertThat(book.isEmpty()).isFalse();
        assertThat(EvidenceBook.empty()
                        .with(QuestionEvidence.empty("q1").withSharedNote(" "))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void linksAndAttachmentsAddUpInOrder() {
        QuestionEvidence evidence = QuestionEvidence.empty("q1")
                .withLink(EvidenceLink.of("A", "https://example.com/a"))
                .withLink(EvidenceLink.of("B", "https://example.com/b"))
                .withAttachment(new AttachmentInfo("run.log", "text/plain", 12, HASH));

        assertThat(evidence.links()).extracting(EvidenceLink::title).containsExactly("A", "B");
        assertThat(evidence.attachments()).hasSize(1);
        assertThat(evidence.isEmpty()).isFalse();
    }

    @Test
    void evidenceFiledUnderAnotherQuestionIsRefused() {
        assertThatThrownBy(() -> new EvidenceBook(Map.of("q1", QuestionEvidence.empty("q2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("evidence filed under question \"q1\" is for question \"q2\"");
    }
}
