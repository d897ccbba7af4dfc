package org.mlopsconsole.workspace.internal;

import java.util.List;
import java.util.Optional;
import org.mlopsconsole.workspace.CellField;

/** Where each kind of cell is stored: table, key columns and value column. */
enum CellTable {
    RATING("participant_rating", "participant_id", "question_id", "rating", "VARCHAR(2)"),
    PARTICIPANT_NOTE("participant_note", "participant_id", "question_id", "note", "VARCHAR(10000)"),
    CONSENSUS("consensus_rating", "assessment_id", "question_id", "rating", "VARCHAR(2)"),
    EVIDENCE("question_evidence", "assessment_id", "question_id", "evidence", "VARCHAR(10000)"),
    TARGET("dimension_target", "assessment_id", "dimension_id", "target_level", "INTEGER");

    final String table;
    final String ownerColumn;
    final String itemColumn;
    final String valueColumn;
    final String valueType;

    CellTable(String table, String ownerColumn, String itemColumn, String valueColumn, String valueType) {
        this.table = table;
        this.ownerColumn = ownerColumn;
        this.itemColumn = itemColumn;
        this.valueColumn = valueColumn;
        this.valueType = valueType;
    }

    static CellTable of(CellField field) {
        return valueOf(field.name());
    }

    String select() {
        return "SELECT " + valueColumn + ", version FROM " + table + " WHERE " + ownerColumn + " = ? AND " + itemColumn
                + " = ?";
    }

    String upsert(Dialect dialect) {
        return dialect.upsert(
                table,
                List.of(new Dialect.Column(ownerColumn, "BIGINT"), new Dialect.Column(itemColumn, "VARCHAR(100)")),
                List.of(new Dialect.Column(valueColumn, valueType)),
                true);
    }

    /** The value as bound: targets are numbers, the rest text; empty is NULL. */
    Object bind(Optional<String> value) {
        if (value.isEmpty()) {
            return null;
        }
        return this == TARGET ? (Object) Integer.valueOf(value.get()) : value.get();
    }
}
