package org.mlopsconsole.runtime.internal.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.mlopsconsole.runtime.benchmark.LoadPoint;

class ArrivalScheduleTest {

    private static final int SAMPLES = 200_000;

    @Test
    void constantArrivalsAreExactlyOneOverTheRateApart() {
        ArrivalSchedule schedule = new ArrivalSchedule(new LoadPoint.RequestRate(250, LoadPoint.Arrivals.CONSTANT), 1);

        assertThat(LongStream.range(0, 1000).map(i -> schedule.nextGapNanos()).distinct())
                .containsExactly(4_000_000L);
    }

    @Test
    void poissonGapsAreExponentialWithTheRatesMean() {
        ArrivalSchedule schedule = new ArrivalSchedule(new LoadPoint.RequestRate(100, LoadPoint.Arrivals.POISSON), 7);
        double meanNanos = 10_000_000;
        double sum = 0;
        double sumOfSquares = 0;
        int aboveMean = 0;
        int aboveThreeMeans = 0;
        for (int i = 0; i < SAMPLES; i++) {
            double gap = schedule.nextGapNanos();
            sum += gap;
            sumOfSquares += gap * gap;
            aboveMean += gap > meanNanos ? 1 : 0;
            aboveThreeMeans += gap > 3 * meanNanos ? 1 : 0;
        }
        double mean = sum / SAMPLES;
        double deviation = Math.sqrt(sumOfSquares / SAMPLES - mean * mean);

        assertThat(mean / meanNanos).isCloseTo(1.0, within(0.01));
        // an exponential's standard deviation equals its mean, and P(X > k·mean) = e^-k
        assertThat(deviation / mean).isCloseTo(1.0, within(0.02));
        assertThat((double) aboveMean / SAMPLES).isCloseTo(Math.exp(-1), within(0.005));
        assertThat((double) aboveThreeMeans / SAMPLES).isCloseTo(Math.exp(-3), within(0.003));
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        LoadPoint.RequestRate rate = new LoadPoint.RequestRate(50, LoadPoint.Arrivals.POISSON);
        ArrivalSchedule first = new ArrivalSchedule(rate, 3);
        ArrivalSchedule second = new ArrivalSchedule(rate, 3);

        assertThat(LongStream.range(0, 100).map(i -> first.nextGapNanos()).toArray())
                .isEqualTo(
                        LongStream.range(0, 100).map(i -> second.nextGapNanos()).toArray());
    }
}
