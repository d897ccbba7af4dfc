package org.mlopsconsole.reports.internal.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RollUpWorkbookLayoutTest {

    @ParameterizedTest
    @CsvSource({
        "Deployment, 1",
        "Monitoring and, 1",
        "CI/CD automation, 2",
        "Monitoring and logging of operations, 3",
        "Averyveryverylongwordwithoutspaces, 3",
    })
    void dimensionHeaderLinesCountWordWrapOverItsTwoColumns(String name, int lines) {
        assertThat(RollUpWorkbook.wrappedLines(name)).isEqualTo(lines);
    }
}
