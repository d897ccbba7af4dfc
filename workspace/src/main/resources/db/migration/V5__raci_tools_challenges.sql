-- Roles, tools and challenges of an engagement (issue 14), one set per organization. Portable SQL
-- only: the same migration runs on H2 and PostgreSQL.

-- The RACI and the tool inventory are stored as their own JSON file formats (RaciFiles,
-- InventoryFiles in assessment-models: one format, checked in one place); a row version per
-- organization, raised by every save, as in V3.
CREATE TABLE organization_raci (
    organization_id BIGINT NOT NULL PRIMARY KEY REFERENCES organization (id),
    document        VARCHAR(1000000) NOT NULL,
    version         BIGINT DEFAULT 1 NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE organization_tool_inventory (
    organization_id BIGINT NOT NULL PRIMARY KEY REFERENCES organization (id),
    document        VARCHAR(1000000) NOT NULL,
    version         BIGINT DEFAULT 1 NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The challenge register: one version row per organization, its entries as rows.
CREATE TABLE organization_challenge_register (
    organization_id BIGINT NOT NULL PRIMARY KEY REFERENCES organization (id),
    version         BIGINT DEFAULT 1 NOT NULL,
    updated_by      VARCHAR(200) NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE registered_challenge (
    organization_id   BIGINT NOT NULL REFERENCES organization_challenge_register (organization_id),
    challenge_id      VARCHAR(100) NOT NULL,
    position          INTEGER NOT NULL,
    name              VARCHAR(400) NOT NULL,
    likelihood        INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),
    impact            INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    -- Space-separated model/dimension references and question ids.
    dimensions        VARCHAR(4000) NOT NULL,
    roadmap_questions VARCHAR(4000) NOT NULL,
    notes             VARCHAR(10000) NOT NULL,
    PRIMARY KEY (organization_id, challenge_id)
);
