package org.openplate.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openplate.diary.DayView;
import org.openplate.diary.DaySummaryFixture;

/**
 * JMH benchmark (not a test) of the day summary in memory: a 15-entry day (13 foods, a quick add, a
 * recipe serving) whose foods are rebuilt from their decoded nutrient maps on every call, then
 * {@code DayBuilder.build} (lines, meal subtotals, totals, macros, micronutrients); see
 * {@link DaySummaryFixture}. No database. {@code json} writes one built day as the JSON answer. Run with
 * {@code bench/jmh.sh DayBuilderBench}
 * (add {@code -prof gc} for the bytes allocated per day, {@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.AverageTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DayBuilderBench {

    private DaySummaryFixture fixture;
    private DayView day;
    private final com.fasterxml.jackson.databind.ObjectMapper mapper = org.openplate.App.objectMapper();

    @Setup
    public void setUp() {
        fixture = new DaySummaryFixture();
        day = fixture.build();
    }

    @Benchmark
    public byte[] json() {
        return DaySummaryFixture.json(mapper, day);
    }

    /** One day summary; returned so the JIT cannot drop it. */
    @Benchmark
    public DayView build() {
        return fixture.build();
    }
}
