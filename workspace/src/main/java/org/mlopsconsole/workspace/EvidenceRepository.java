package org.mlopsconsole.workspace;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;
import org.mlopsconsole.assessment.evidence.EvidenceLink;

/** Evidence links and attached files, as stored; callers go through {@link Evidence}. */
public interface EvidenceRepository {

    /** In the order they were added. */
    List<StoredLink> links(long assessmentId);

    StoredLink addLink(long assessmentId, String questionId, EvidenceLink link, String addedBy, Instant addedAt);

    boolean removeLink(long assessmentId, long linkId);

    /** In the order they were attached, without their bytes. */
    List<StoredAttachment> attachments(long assessmentId);

    StoredAttachment addAttachment(
            long assessmentId, String questionId, AttachmentInfo info, byte[] content, String addedBy, Instant addedAt);

    boolean removeAttachment(long assessmentId, long attachmentId);

    Optional<byte[]> attachmentContent(long assessmentId, long attachmentId);
}
