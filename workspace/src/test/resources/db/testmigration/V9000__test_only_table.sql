-- Test-only migration: lets tests see a workspace migrate from V1 to V2.
CREATE TABLE test_only_note (
    note_id INTEGER NOT NULL PRIMARY KEY,
    note    VARCHAR(200) NOT NULL
);
