package org.mlopsconsole.workspace.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceLink;
import org.mlopsconsole.workspace.EvidenceRepository;
import org.mlopsconsole.workspace.StoredAttachment;
import org.mlopsconsole.workspace.StoredLink;

/** {@link EvidenceRepository} in plain JDBC over {@code evidence_link} and {@code evidence_attachment}. */
final class JdbcEvidenceRepository implements EvidenceRepository {

    private static final String LINK = "SELECT id, question_id, title, url, added_by, added_at FROM evidence_link";
    private static final String ATTACHMENT = "SELECT id, question_id, file_name, media_type, size_bytes, sha256,"
            + " added_by, added_at FROM evidence_attachment";

    private final Jdbc jdbc;

    JdbcEvidenceRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StoredLink> links(long assessmentId) {
        return jdbc.query(
                "read evidence links",
                LINK + " WHERE assessment_id = ? ORDER BY position, id",
                JdbcEvidenceRepository::link,
                assessmentId);
    }

    @Override
    public StoredLink addLink(
            long assessmentId, String questionId, EvidenceLink link, String addedBy, Instant addedAt) {
        long id = jdbc.insert(
                "add the evidence link",
                "INSERT INTO evidence_link (assessment_id, question_id, title, url, position, added_by, added_at)"
                        + " VALUES (?, ?, ?, ?, " + nextPosition("evidence_link") + ", ?, ?)",
                assessmentId,
                questionId,
                link.title(),
                link.url().toString(),
                assessmentId,
                addedBy,
                addedAt);
        return jdbc.queryOne("read the evidence link", LINK + " WHERE id = ?", JdbcEvidenceRepository::link, id)
                .orElseThrow();
    }

    @Override
    public boolean removeLink(long assessmentId, long linkId) {
        return jdbc.update(
                        "remove the evidence link",
                        "DELETE FROM evidence_link WHERE id = ? AND assessment_id = ?",
                        linkId,
                        assessmentId)
                > 0;
    }

    @Override
    public List<StoredAttachment> attachments(long assessmentId) {
        return jdbc.query(
                "read attachments",
                ATTACHMENT + " WHERE assessment_id = ? ORDER BY position, id",
                JdbcEvidenceRepository::attachment,
                assessmentId);
    }

    @Override
    public StoredAttachment addAttachment(
            long assessmentId,
            String questionId,
            AttachmentInfo info,
            byte[] content,
            String addedBy,
            Instant addedAt) {
        long id = jdbc.insert(
                "attach " + info.fileName(),
                "INSERT INTO evidence_attachment (assessment_id, question_id, file_name, media_type, size_bytes,"
                        + " sha256, content, position, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                        + nextPosition("evidence_attachment") + ", ?, ?)",
                assessmentId,
                questionId,
                info.fileName(),
                info.mediaType(),
                info.sizeBytes(),
                info.sha256(),
                content,
                assessmentId,
                addedBy,
                addedAt);
        return jdbc.queryOne(
                        "read the attachment", ATTACHMENT + " WHERE id = ?", JdbcEvidenceRepository::attachment, id)
                .orElseThrow();
    }

    @Override
    public boolean removeAttachment(long assessmentId, long attachmentId) {
        return jdbc.update(
                        "remove the attachment",
                        "DELETE FROM evidence_attachment WHERE id = ? AND assessment_id = ?",
                        attachmentId,
                        assessmentId)
                > 0;
    }

    @Override
    public Optional<byte[]> attachmentContent(long assessmentId, long attachmentId) {
        return jdbc.queryOne(
                "read the attachment",
                "SELECT content FROM evidence_attachment WHERE id = ? AND assessment_id = ?",
                row -> row.getBytes(1),
                attachmentId,
                assessmentId);
    }

    /** The next position within the assessment, bound to the parameter after the inserted values. */
    private static String nextPosition(String table) {
        return "(SELECT COALESCE(MAX(position) + 1, 0) FROM " + table + " WHERE assessment_id = ?)";
    }

    private static StoredLink link(ResultSet row) throws SQLException {
        return new StoredLink(
                row.getLong(1),
                row.getString(2),
                new EvidenceLink(row.getString(3), URI.create(row.getString(4))),
                row.getString(5),
                row.getTimestamp(6).toInstant());
    }

    private static StoredAttachment attachment(ResultSet row) throws SQLException {
        return new StoredAttachment(
                row.getLong(1),
                row.getString(2),
                new AttachmentInfo(row.getString(3), row.getString(4), row.getLong(5), row.getString(6)),
                row.getString(7),
                row.getTimestamp(8).toInstant());
    }
}
