package org.mlopsconsole.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportFileNamesTest {

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Bank        | Fraud models | acme-bank-fraud-models-2027-06-01.xlsx
            Fraud            | Fraud        | fraud-2027-06-01.xlsx
            Fraud Inc.       | Fraud        | fraud-inc-fraud-2027-06-01.xlsx
            Acme             | Acme  Fraud  | acme-fraud-2027-06-01.xlsx
            ''               | ''           | report-2027-06-01.xlsx
            株式会社テスト    | 不正検知      | 株式会社テスト-不正検知-2027-06-01.xlsx
            Søren & Čapek    | ML/Ops       | søren-čapek-ml-ops-2027-06-01.xlsx
            """)
    void namesAreOrganizationTeamAndDateWithoutARepeatedWord(String organization, String team, String expected) {
        assertThat(ReportFileNames.of(organization, team, LocalDate.of(2027, 6, 1), ReportFormat.XLSX))
                .isEqualTo(expected);
    }
}
