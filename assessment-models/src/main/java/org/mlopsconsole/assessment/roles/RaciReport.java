package org.mlopsconsole.assessment.roles;

import java.util.List;

/** What the {@link RaciCheck} found; the RACI passes when there is no error. */
public record RaciReport(List<RaciFinding> findings) {

    public RaciReport {
        findings = List.copyOf(findings);
    }

    public List<RaciFinding> errors() {
        return of(RaciFinding.Severity.ERROR);
    }

    public List<RaciFinding> warnings() {
        return of(RaciFinding.Severity.WARNING);
    }

    public boolean passes() {
        return errors().isEmpty();
    }

    private List<RaciFinding> of(RaciFinding.Severity severity) {
        return findings.stream()
                .filter(finding -> finding.severity() == severity)
                .toList();
    }
}
