package org.mlopsconsole.workspace;

import java.time.Instant;
import org.mlopsconsole.assessment.evidence.EvidenceLink;

/** An evidence link as saved: its id (to remove it), its question, who added it and when. */
public record StoredLink(long id, String questionId, EvidenceLink link, String addedBy, Instant addedAt) {}
