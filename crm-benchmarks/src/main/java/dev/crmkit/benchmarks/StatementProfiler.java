package dev.crmkit.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.runner.IterationType;

/**
 * Where a benchmark's time goes in the database: with {@code -Dbenchmarks.statements=true} every statement the
 * library and the baselines send through a benchmark database ({@link Postgres#dataSource()}) is timed on the client
 * (from the driver's call to its return), and after a benchmark's last measured iteration the fork prints, per
 * statement text, how many times an operation ran it and how long it took, beside the operation's whole time: what is
 * left is the time outside the database's round trips (the library's or the baseline's own work, the driver's).
 * Only measured iterations count; statements of every thread count (a relay's too). The timing costs a few
 * microseconds a statement, so a run with it measures slightly slower: its figures explain, the plain run's decide.
 */
public final class StatementProfiler implements InternalProfiler {

    /** Set in a fork's JVM by the run (see {@link BenchmarkMain}). */
    static final String PROPERTY = "crmkit.benchmarks.statements";

    private static final boolean ENABLED = Boolean.getBoolean(PROPERTY);
    private static final Map<String, Timing> TIMINGS = new ConcurrentHashMap<>();
    private static final ThreadLocal<Long> STARTED = new ThreadLocal<>();
    private static volatile boolean recording;

    private long operations;
    private double score;
    private int measured;

    /** A statement's executions and their time. */
    private static final class Timing {
        final LongAdder executions = new LongAdder();
        final LongAdder nanos = new LongAdder();
    }

    /** JMH instantiates it. */
    public StatementProfiler() {}

    /** Whether the run asked for statement timings. */
    static boolean enabled() {
        return ENABLED;
    }

    /**
     * @param target a benchmark database's pool
     * @return it, timed when the run asked for statement timings
     */
    static DataSource timed(DataSource target) {
        if (!ENABLED) {
            return target;
        }
        return ProxyDataSourceBuilder.create(target).listener(new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                STARTED.set(System.nanoTime());
            }

            @Override
            public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                Long started = STARTED.get();
                if (!recording || started == null || queries.isEmpty()) {
                    return;
                }
                String text = queries.get(0).getQuery().replaceAll("\\s+", " ").trim();
                Timing timing = TIMINGS.computeIfAbsent(text.length() > 150 ? text.substring(0, 150) + "…" : text,
                        k -> new Timing());
                timing.executions.increment();
                timing.nanos.add(System.nanoTime() - started);
            }
        }).build();
    }

    @Override
    public String getDescription() {
        return "statements sent to the benchmark databases, timed per statement text";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        recording = iteration.getType() == IterationType.MEASUREMENT;
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
            IterationResult result) {
        recording = false;
        if (iteration.getType() != IterationType.MEASUREMENT) {
            return List.of();
        }
        operations += result.getMetadata().getMeasuredOps();
        score += result.getPrimaryResult().getScore();
        if (++measured == iteration.getCount()) {
            print(benchmark, result.getScoreUnit(), score / measured);
            TIMINGS.clear();
        }
        return List.of();
    }

    private void print(BenchmarkParams benchmark, String unit, double meanScore) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%n# Statements of %s %s: %d operations measured, "
                + "%.3f %s each%n", benchmark.getBenchmark(), benchmark.getParamsKeys().stream()
                .map(k -> k + "=" + benchmark.getParam(k)).toList(), operations, meanScore, unit));
        List<Map.Entry<String, Timing>> byTime = new ArrayList<>(TIMINGS.entrySet());
        byTime.sort((a, b) -> Long.compare(b.getValue().nanos.sum(), a.getValue().nanos.sum()));
        double total = 0;
        long executions = 0;
        for (Map.Entry<String, Timing> entry : byTime) {
            long count = entry.getValue().executions.sum();
            double millis = entry.getValue().nanos.sum() / 1e6;
            total += millis;
            executions += count;
            out.append(String.format(Locale.ROOT, "#   %7.2f per op  %8.4f ms per op  %s%n", (double) count / operations,
                    millis / operations, entry.getKey()));
        }
        out.append(String.format(Locale.ROOT, "#   %7.2f per op  %8.4f ms per op  all statements (client-side time)%n",
                (double) executions / operations, total / operations));
        System.out.print(out);
    }
}
