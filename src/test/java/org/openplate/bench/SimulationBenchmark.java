package org.openplate.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openplate.energy.GoalSolver;
import org.openplate.energy.HallModel;
import org.openplate.energy.Sex;

/**
 * The body-weight model and the goal solver, single thread after JIT warm-up (not a test): a
 * 3-year simulation (1,096 daily RK4 steps) and a solve (40 bisection steps of a 180-day run).
 * Run with bench/simulate.sh.
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        HallModel.Person p = new HallModel.Person(Sex.FEMALE, 40, 1.80, 80, 1.5);
        time("3-year simulation (Hall model, RK4, 1,096 days)", 2000, () -> new HallModel(p)
                .simulateConstantChange(1095, -250).size());
        time("goal solver (80 → 75 kg in 180 days)", 300, () -> (int) GoalSolver.solve(p, 75, 180).intakeKcal());
    }

    private static void time(String what, int n, java.util.function.IntSupplier work) {
        long sink = 0;
        for (int i = 0; i < n; i++) {
            sink += work.getAsInt();
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            sink += work.getAsInt();
            nanos.add(System.nanoTime() - t);
        }
        long[] s = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s, %d runs: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms (checksum %d)%n", what, n,
                s[n / 2] / 1e6, s[(int) (n * 0.95)] / 1e6, s[(int) (n * 0.99)] / 1e6, sink % 10);
    }
}
