package org.mlopsconsole.workspace;

import java.time.Instant;
import org.mlopsconsole.assessment.analysis.RiskOverride;

/** A risk override as saved: who set it and when. */
public record StoredRiskOverride(RiskOverride override, String setBy, Instant setAt) {}
