package org.corridor.simulate.run;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.corridor.model.UsageException;
import org.corridor.simulate.model.World;
import org.corridor.simulate.scenario.Scenario;
import org.corridor.simulate.scenario.Strategy;

/**
 * N seeded runs of each strategy, in parallel. Run i's seed is the i-th draw of a
 * {@link SplittableRandom} seeded with the master seed, and every strategy's run i uses it, so
 * strategies are compared on the same draws (common random numbers) and the same master seed
 * gives the same numbers whatever the thread count.
 */
public final class MonteCarlo {
    /** What a comparison asks for. {@code cut} and {@code victoryMonths} define victory. */
    public record Request(List<String> strategies, int runs, long seed, double cut, int victoryMonths, boolean sampleParameters) {
        public Request(List<String> strategies, int runs, long seed, double cut, int victoryMonths) {
            this(strategies, runs, seed, cut, victoryMonths, false);
        }

        public Request {
            if (runs < 1 || runs > MAX_RUNS) {
                throw new UsageException("--runs must be between 1 and " + MAX_RUNS + ", got " + runs
                        + "; every run's summary is kept for the intervals, and past that many the error of a mean is already tiny");
            }
            if (!(cut > 0 && cut < 1)) {
                throw new UsageException("--victory-cut must be between 0 and 1 (a share of baseline volume), got " + cut);
            }
        }
    }

    /** Most runs per strategy: a million summaries of every strategy fit the default heap; a billion do not. */
    public static final int MAX_RUNS = 1_000_000;

    private MonteCarlo() {
    }

    public static long[] seeds(long master, int runs) {
        SplittableRandom r = new SplittableRandom(master);
        long[] seeds = new long[runs];
        for (int i = 0; i < runs; i++) {
            seeds[i] = r.nextLong();
        }
        return seeds;
    }

    /** Runs the request and wraps it with what it was asked, for reports. */
    public static Comparison compare(Scenario scenario, Request request, LongConsumer progress) {
        List<StrategyResult> results = run(scenario, request, progress);
        StrategyResult baseline = results.stream().filter(r -> r.name().equals("baseline")).findFirst().orElse(null);
        return new Comparison(scenario.name(), request.seed(), request.runs(), request.cut(), request.victoryMonths(), scenario.start(),
                scenario.horizon(), request.sampleParameters(), results, Calibration.of(scenario, baseline));
    }

    public static List<StrategyResult> run(Scenario scenario, Request request, LongConsumer progress) {
        List<Strategy> strategies = new ArrayList<>();
        for (String name : request.strategies()) {
            Strategy s = scenario.strategies().get(name);
            if (s == null) {
                throw new UsageException("there is no strategy '" + name + "' in scenario " + scenario.name() + "; use one of "
                        + String.join(", ", scenario.strategies().keySet()));
            }
            strategies.add(s);
        }
        long[] seeds = seeds(request.seed(), request.runs());
        // run i of every strategy uses parameter set i, as it uses seed i
        double[][] parameters = request.sampleParameters() ? ParameterSample.latinHypercube(request.runs(), request.seed()) : null;
        RunSummary[][] out = new RunSummary[strategies.size()][request.runs()];
        AtomicLong done = new AtomicLong();
        IntStream.range(0, strategies.size() * request.runs()).parallel().forEach(k -> {
            int s = k / request.runs();
            int i = k % request.runs();
            Scenario run = parameters == null ? scenario : ParameterSample.apply(scenario, parameters[i]);
            World world = new World(run, strategies.get(s), seeds[i]);
            world.run();
            out[s][i] = RunSummary.of(world, run, request.cut(), request.victoryMonths());
            progress.accept(done.incrementAndGet());
        });
        List<StrategyResult> results = new ArrayList<>();
        for (int s = 0; s < strategies.size(); s++) {
            results.add(new StrategyResult(strategies.get(s).name(), List.of(out[s])));
        }
        return results;
    }
}
