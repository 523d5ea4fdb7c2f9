package dev.crmkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and writes {@code results/latest.json} (JMH's own format) and {@code results/latest.md}
 * (figures, ratios to the JDBC baselines and whether each target holds).
 *
 * <p>{@code quick}: one fork, short iterations and smaller datasets, under 10 minutes on 2 cores.
 * {@code full}: two forks, longer iterations and the sizes (1M accounts, 1M cards).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {}

    /**
     * @param args {@code quick} (the default) or {@code full}, then optionally a regular expression of the
     *     benchmarks to run
     * @throws RunnerException when JMH fails
     */
    public static void main(String[] args) throws RunnerException {
        boolean full = args.length > 0 && args[0].equals("full");
        String include = args.length > 1 ? args[1] : "dev\\.crmkit\\.benchmarks\\..*Benchmark.*";
        Path results = Path.of("results");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class)
                .jvmArgs("-Xmx6g")
                .resultFormat(ResultFormatType.JSON)
                .result(results.resolve("latest.json").toString());
        if (full) {
            options.forks(2).warmupIterations(5).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(10).measurementTime(TimeValue.seconds(2));
        } else {
            options.forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                    .param("accounts", "200000").param("tenantCards", "10000", "200000").param("dbAccounts", "20000")
                    .param("entries", "50000").param("rows", "20000");
        }
        createDirectories(results);
        Collection<RunResult> run = new Runner(options.build()).run();
        write(results.resolve("latest.md"), Report.markdown(new ArrayList<>(run), full ? "full" : "quick"));
    }

    private static void createDirectories(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.writeString(path, text);
            System.out.println(text);
            System.out.printf(Locale.ROOT, "Written %s and %s%n", path, path.resolveSibling("latest.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
