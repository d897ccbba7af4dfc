-- The facilitator's agenda of an assessment's workshop (issue 17): the dimensions in the order they
-- are discussed, each with its time budget in seconds. Replaced whole when edited; an assessment
-- without rows has the default agenda. Portable SQL only (H2 and PostgreSQL).

CREATE TABLE agenda_item (
    assessment_id  BIGINT NOT NULL REFERENCES assessment (id),
    position       INTEGER NOT NULL,
    dimension_id   VARCHAR(100) NOT NULL,
    budget_seconds INTEGER NOT NULL CHECK (budget_seconds > 0),
    PRIMARY KEY (assessment_id, position),
    UNIQUE (assessment_id, dimension_id)
);
