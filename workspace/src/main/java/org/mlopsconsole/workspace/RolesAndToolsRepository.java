package org.mlopsconsole.workspace;

import java.util.List;
import java.util.Optional;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;

/**
 * An organization's RACI, tool inventory (each as its JSON document) and challenge register, as
 * stored. Callers go through {@link RolesAndTools}.
 */
public interface RolesAndToolsRepository {

    /** The stored documents of an organization. */
    enum Document {
        RACI,
        TOOL_INVENTORY
    }

    Optional<Versioned<String>> document(long organizationId, Document document);

    /**
     * Saves {@code json} if the stored version is still {@code seenVersion} ({@link
     * Versioned#NOTHING_STORED}: if none is stored); the new version, or empty when it is not.
     */
    Optional<Long> saveDocument(long organizationId, Document document, String json, long seenVersion);

    /** The register's version, {@link Versioned#NOTHING_STORED} when there is none. */
    long challengeRegisterVersion(long organizationId);

    List<RegisteredChallenge> challenges(long organizationId);

    /** Replaces the entries if the version is still {@code seenVersion}; the new version, or empty. */
    Optional<Long> saveChallenges(long organizationId, List<RegisteredChallenge> entries, long seenVersion);
}
