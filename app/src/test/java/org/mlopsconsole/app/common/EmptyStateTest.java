package org.mlopsconsole.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mlopsconsole.app.assessment.ChangeHistoryViewModel;
import org.mlopsconsole.app.assessment.OrganizationRollupViewModel;
import org.mlopsconsole.app.assessment.TeamHistoryViewModel;
import org.mlopsconsole.app.deployments.DeploymentsViewModel;

class EmptyStateTest {

    static Stream<EmptyState> emptyStates() {
        return Stream.of(
                DeploymentsViewModel.NO_MODELS,
                OrganizationRollupViewModel.EMPTY,
                TeamHistoryViewModel.NOTHING_TO_COMPARE,
                ChangeHistoryViewModel.NO_CHANGES);
    }

    @ParameterizedTest
    @MethodSource("emptyStates")
    void everyEmptyTableSaysWhatIsMissingAndThenWhatToDoNext(EmptyState state) {
        assertThat(state.text().lines()).containsExactly(state.missing(), state.nextStep());
        assertThat(state.text()).doesNotContain("No content in table");
        assertThat(state.nextStep()).endsWith(".");
    }

    @org.junit.jupiter.api.Test
    void anEmptyStateWithoutANextStepIsRefused() {
        assertThatThrownBy(() -> new EmptyState("No rows.", " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("what to do next");
    }
}
