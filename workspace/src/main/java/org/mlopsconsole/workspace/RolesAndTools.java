package org.mlopsconsole.workspace;

import java.util.Optional;
import org.mlopsconsole.assessment.challenges.ChallengeRegister;
import org.mlopsconsole.assessment.roles.Raci;
import org.mlopsconsole.assessment.roles.RaciFiles;
import org.mlopsconsole.assessment.tools.InventoryFiles;
import org.mlopsconsole.assessment.tools.ToolInventory;
import org.mlopsconsole.workspace.RolesAndToolsRepository.Document;

/**
 * The RACI, tool inventory and challenge register of an engagement (an organization of this
 * workspace), each read with its version and saved only over the version it was read at: a save
 * made meanwhile by someone else raises a {@link ConflictException} and nothing is written. Each
 * call is one transaction.
 */
public final class RolesAndTools {

    private final Transactions transactions;

    public RolesAndTools(Transactions transactions) {
        this.transactions = transactions;
    }

    /** The organization's RACI; empty when none was saved yet. */
    public Optional<Versioned<Raci>> raci(long organizationId) {
        return document(organizationId, Document.RACI)
                .map(stored -> new Versioned<>(
                        RaciFiles.parse("the stored RACI of organization " + organizationId, stored.value()),
                        stored.version()));
    }

    /** Saves the RACI over {@code seenVersion}; the new version. */
    public long saveRaci(long organizationId, Raci raci, long seenVersion) {
        return saveDocument(organizationId, Document.RACI, RaciFiles.json(raci), seenVersion);
    }

    public Optional<Versioned<ToolInventory>> inventory(long organizationId) {
        return document(organizationId, Document.TOOL_INVENTORY)
                .map(stored -> new Versioned<>(
                        InventoryFiles.parse(
                                "the stored tool inventory of organization " + organizationId, stored.value()),
                        stored.version()));
    }

    public long saveInventory(long organizationId, ToolInventory inventory, long seenVersion) {
        return saveDocument(organizationId, Document.TOOL_INVENTORY, InventoryFiles.json(inventory), seenVersion);
    }

    /** The register; an empty one at version {@link Versioned#NOTHING_STORED} when none was saved. */
    public Versioned<ChallengeRegister> challenges(long organizationId) {
        return transactions.inTransaction("read the challenge register", r -> {
            requireOrganization(r, organizationId);
            return new Versioned<>(
                    new ChallengeRegister(r.rolesAndTools().challenges(organizationId)),
                    r.rolesAndTools().challengeRegisterVersion(organizationId));
        });
    }

    public long saveChallenges(long organizationId, ChallengeRegister register, long seenVersion) {
        return transactions.inTransaction("save the challenge register", r -> {
            requireOrganization(r, organizationId);
            return r.rolesAndTools()
                    .saveChallenges(organizationId, register.entries(), seenVersion)
                    .orElseThrow(() -> conflict(organizationId, "challenge register"));
        });
    }

    private Optional<Versioned<String>> document(long organizationId, Document document) {
        return transactions.inTransaction("read the " + label(document), r -> {
            requireOrganization(r, organizationId);
            return r.rolesAndTools().document(organizationId, document);
        });
    }

    private long saveDocument(long organizationId, Document document, String json, long seenVersion) {
        return transactions.inTransaction("save the " + label(document), r -> {
            requireOrganization(r, organizationId);
            return r.rolesAndTools()
                    .saveDocument(organizationId, document, json, seenVersion)
                    .orElseThrow(() -> conflict(organizationId, label(document)));
        });
    }

    private static void requireOrganization(Repositories r, long organizationId) {
        if (r.engagements().findOrganization(organizationId).isEmpty()) {
            throw Engagements.notFound("organization", organizationId, "org list");
        }
    }

    private static ConflictException conflict(long organizationId, String what) {
        return new ConflictException(new Conflict.OfEngagementRecord(organizationId, what));
    }

    private static String label(Document document) {
        return switch (document) {
            case RACI -> "RACI";
            case TOOL_INVENTORY -> "tool inventory";
        };
    }
}
