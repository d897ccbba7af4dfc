package org.mlopsconsole.workspace.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mlopsconsole.assessment.challenges.DimensionRef;
import org.mlopsconsole.assessment.challenges.RegisteredChallenge;
import org.mlopsconsole.workspace.RolesAndToolsRepository;
import org.mlopsconsole.workspace.Versioned;

/**
 * {@link RolesAndToolsRepository} in plain JDBC. A save locks the organization's row first, so two
 * saves of the same organization run one after the other and the version check cannot be raced.
 */
final class JdbcRolesAndToolsRepository implements RolesAndToolsRepository {

    private static final String REGISTER = "organization_challenge_register";

    private final Jdbc jdbc;
    private final Clock clock;
    private final String actor;

    JdbcRolesAndToolsRepository(Jdbc jdbc, Clock clock, String actor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.actor = actor;
    }

    @Override
    public Optional<Versioned<String>> document(long organizationId, Document document) {
        return jdbc.queryOne(
                "read a stored document",
                "SELECT document, version FROM " + table(document) + " WHERE organization_id = ?",
                row -> new Versioned<>(row.getString(1), row.getLong(2)),
                organizationId);
    }

    @Override
    public Optional<Long> saveDocument(long organizationId, Document document, String json, long seenVersion) {
        String table = table(document);
        long current = lockAndReadVersion(organizationId, table);
        if (current != seenVersion) {
            return Optional.empty();
        }
        if (current == Versioned.NOTHING_STORED) {
            jdbc.update(
                    "store a document",
                    "INSERT INTO " + table
                            + " (organization_id, document, version, updated_by, updated_at) VALUES (?, ?, 1, ?, ?)",
                    organizationId,
                    json,
                    actor,
                    clock.instant());
        } else {
            jdbc.update(
                    "store a document",
                    "UPDATE " + table + " SET document = ?, version = version + 1, updated_by = ?, updated_at = ?"
                            + " WHERE organization_id = ?",
                    json,
                    actor,
                    clock.instant(),
                    organizationId);
        }
        return Optional.of(current + 1);
    }

    @Override
    public long challengeRegisterVersion(long organizationId) {
        return version(organizationId, REGISTER);
    }

    @Override
    public List<RegisteredChallenge> challenges(long organizationId) {
        return jdbc.query(
                "read the challenge register",
                "SELECT challenge_id, name, likelihood, impact, dimensions, roadmap_questions, notes"
                        + " FROM registered_challenge WHERE organization_id = ? ORDER BY position",
                row -> new RegisteredChallenge(
                        row.getString(1),
                        row.getString(2),
                        row.getInt(3),
                        row.getInt(4),
                        words(row.getString(5)).stream()
                                .map(text -> DimensionRef.parse(text).orElseThrow())
                                .toList(),
                        words(row.getString(6)),
                        row.getString(7)),
                organizationId);
    }

    @Override
    public Optional<Long> saveChallenges(long organizationId, List<RegisteredChallenge> entries, long seenVersion) {
        long current = lockAndReadVersion(organizationId, REGISTER);
        if (current != seenVersion) {
            return Optional.empty();
        }
        if (current == Versioned.NOTHING_STORED) {
            jdbc.update(
                    "store the challenge register",
                    "INSERT INTO " + REGISTER
                            + " (organization_id, version, updated_by, updated_at) VALUES (?, 1, ?, ?)",
                    organizationId,
                    actor,
                    clock.instant());
        } else {
            jdbc.update(
                    "store the challenge register",
                    "UPDATE " + REGISTER + " SET version = version + 1, updated_by = ?, updated_at = ?"
                            + " WHERE organization_id = ?",
                    actor,
                    clock.instant(),
                    organizationId);
        }
        jdbc.update(
                "store the challenge register",
                "DELETE FROM registered_challenge WHERE organization_id = ?",
                organizationId);
        for (int position = 0; position < entries.size(); position++) {
            RegisteredChallenge entry = entries.get(position);
            jdbc.update(
                    "store the challenge register",
                    "INSERT INTO registered_challenge (organization_id, challenge_id, position, name, likelihood,"
                            + " impact, dimensions, roadmap_questions, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    organizationId,
                    entry.challenge(),
                    position,
                    entry.name(),
                    entry.likelihood(),
                    entry.impact(),
                    entry.dimensions().stream().map(DimensionRef::toString).collect(Collectors.joining(" ")),
                    String.join(" ", entry.roadmapQuestions()),
                    entry.notes());
        }
        return Optional.of(current + 1);
    }

    private long lockAndReadVersion(long organizationId, String table) {
        jdbc.query(
                "lock the organization",
                "SELECT id FROM organization WHERE id = ? FOR UPDATE",
                row -> row.getLong(1),
                organizationId);
        return version(organizationId, table);
    }

    private long version(long organizationId, String table) {
        return jdbc.queryOne(
                        "read a version",
                        "SELECT version FROM " + table + " WHERE organization_id = ?",
                        row -> row.getLong(1),
                        organizationId)
                .orElse(Versioned.NOTHING_STORED);
    }

    private static String table(Document document) {
        return switch (document) {
            case RACI -> "organization_raci";
            case TOOL_INVENTORY -> "organization_tool_inventory";
        };
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }
}
