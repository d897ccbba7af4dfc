-- Portable SQL only: the same migrations run on H2 (embedded) and PostgreSQL (team workspaces).
CREATE TABLE workspace_property (
    property_key   VARCHAR(100)  NOT NULL PRIMARY KEY,
    property_value VARCHAR(4000) NOT NULL
);
