package org.mlopsconsole.workspace;

import java.time.Instant;
import org.mlopsconsole.assessment.evidence.AttachmentInfo;

/**
 * A file attached as evidence, as saved (the bytes are read apart, with {@link
 * Evidence#attachmentContent}): its id, its question, who attached it and when.
 */
public record StoredAttachment(long id, String questionId, AttachmentInfo info, String addedBy, Instant addedAt) {}
