package dev.crmkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * <p>{@code quick}: the timed benchmarks in this JVM (no fork), the account profile and query warmed up apart beforehand, short
 * iterations and smaller datasets, the single-shot ones in a fork each; under 10 minutes on 2 cores.
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
        String include = args.length > 1 && !args[1].isBlank() ? args[1] : "dev\\.crmkit\\.benchmarks\\..*Benchmark.*";
        Path results = Path.of("results");
        createDirectories(results);
        List<RunResult> all = new ArrayList<>();
        List<Path> json = new ArrayList<>();

        // Timed benchmarks: iterations of fixed length.
        ChainedOptionsBuilder timed = common(results.resolve("timed.json")).include(include);
        SINGLE_SHOT.forEach(name -> timed.exclude(pattern(name)));
        if (full) {
            // 20 s of warm-up: a fresh fork's account profile settled after about 15 s (its per-operation code
            // reaching the optimizing compiler), which 5 x 2 s left inside the measurement.
            timed.forks(2).warmupIterations(10).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(10).measurementTime(TimeValue.seconds(2));
        } else {
            // No fork: one JVM runs every timed benchmark, so the JIT compiles Hibernate's paths once for all of them
            // (a fresh fork needs more than 5 s of them on two cores) and no fork pays a JVM and Hibernate start.
            timed.forks(0).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                    .param("accounts", "200000").param("tenantCards", "10000", "200000").param("dbAccounts", "20000")
                    .param("entries", "20000").param("agendaAccounts", "5000");
            warmUpApart(include);
        }
        all.addAll(new Runner(timed.build()).run());
        json.add(results.resolve("timed.json"));

        // Single-shot benchmarks (an import, an export): a few whole invocations, each on fresh data.
        Pattern included = Pattern.compile(include);
        List<String> singleShot = SINGLE_SHOT.stream()
                .filter(name -> included.matcher(BenchmarkMain.class.getPackageName() + "." + name + ".library").find())
                .toList();
        if (!singleShot.isEmpty()) {
            ChainedOptionsBuilder shots = common(results.resolve("single-shot.json"));
            singleShot.forEach(name -> shots.include(pattern(name)));
            shots.warmupIterations(1).measurementIterations(full ? 5 : 2).forks(full ? 2 : 1);
            if (!full) {
                shots.param("rows", "5000").param("entries", "20000").param("agendaAccounts", "5000");
            }
            all.addAll(new Runner(shots.build()).run());
            json.add(results.resolve("single-shot.json"));
        }
        mergeJson(json, results.resolve("latest.json"));
        write(results.resolve("latest.md"), Report.markdown(all, full ? "full" : "quick"));
    }

    /**
     * The library benchmarks run unmeasured in this JVM before the quick run, each for 6 s. A benchmark's 3 s of
     * warm-up leave the code it runs once per operation (the use case, the unit of work, its statements) below the
     * JIT's threshold for its optimizing compiler when an operation takes milliseconds: 3 s are 500 account pages.
     * <ul>
     *   <li>The account profile is measured first (JMH orders by name), when nothing had warmed the library's paths:
     *       2.2, 1.5, 1.2 ms in warm-up, then 1.2, 1.1, 0.8 ms measured, against 0.7 ms once warm.</li>
     *   <li>The account query, a few milliseconds per page, had not settled in its warm-up either: 10.2, 9.3,
     *       7.8 ms, then 7.4, 7.0, 7.8 ms measured, where a warm JVM reads the page in 6 ms.</li>
     * </ul>
     * A bulk warm-up of every benchmark (JMH's {@code WarmupMode.BULK_INDI}) did the same for all but ran every trial
     * set-up twice and took the quick run past 10 minutes.
     */
    private static final List<String> WARMED_APART = List.of("AccountProfileBenchmark.library",
            "AccountQueryBenchmark.libraryDeepPage", "AccountQueryBenchmark.libraryFirstPage");

    private static void warmUpApart(String include) throws RunnerException {
        Pattern included = Pattern.compile(include);
        List<String> warmed = WARMED_APART.stream().map(name -> BenchmarkMain.class.getPackageName() + "." + name)
                .filter(name -> included.matcher(name).find()).toList();
        if (warmed.isEmpty()) {
            return;
        }
        ChainedOptionsBuilder warm = new OptionsBuilder();
        warmed.forEach(name -> warm.include(Pattern.quote(name) + "$"));
        new Runner(warm.forks(0).shouldFailOnError(true).warmupIterations(0).measurementIterations(6)
                .measurementTime(TimeValue.seconds(1)).param("dbAccounts", "20000").build()).run();
    }

    /** The benchmarks measured as single invocations, run apart with their own iteration counts. */
    private static final List<String> SINGLE_SHOT = List.of("BulkImportBenchmark", "ExportBenchmark");

    private static String pattern(String benchmarkClass) {
        return Pattern.quote(BenchmarkMain.class.getPackageName() + "." + benchmarkClass + ".");
    }

    private static ChainedOptionsBuilder common(Path result) {
        return new OptionsBuilder()
                .shouldFailOnError(true)
                .addProfiler(GCProfiler.class)
                .jvmArgs("-Xmx6g")
                .resultFormat(ResultFormatType.JSON)
                .result(result.toString());
    }

    /** One JSON array of every run's results, as JMH writes one per run. */
    private static void mergeJson(List<Path> parts, Path target) {
        ObjectMapper mapper = new ObjectMapper();
        try {
            ArrayNode merged = mapper.createArrayNode();
            for (Path part : parts) {
                merged.addAll((ArrayNode) mapper.readTree(part.toFile()));
                Files.delete(part);
            }
            mapper.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
