package dev.crmkit.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.results.format.ResultFormatType;

/**
 * Runs the benchmarks and writes {@code results/latest.json} (JMH's format, every fork's iterations) and
 * {@code results/latest.md} (figures with their 95% intervals, ratios to the JDBC baselines, whether each target
 * holds; see {@link Report}).
 *
 * <p>A run is a sequence of forks, each a JVM of its own that runs its share of the benchmarks with JMH in-process:
 * <ul>
 *   <li>first a fork that measures nothing: it runs every timed pair's set-up, which loads the datasets a fresh
 *       checkout does not have yet, so that no measured fork follows the load directly;
 *   <li>every paired benchmark, both its library side ({@code library*} methods) and its JDBC baseline
 *       ({@code jdbc*}), in each fork of a round, a fork per round: a pair's sides are measured in turn, iteration by
 *       iteration, each iteration a JMH run of its own (library, JDBC, library, JDBC, ... in odd rounds; JDBC first in
 *       even ones), so whatever the machine does for a few seconds or longer falls on both. Measured with the sides
 *       in forks of their own, whole forks ran 1.3–2× slower than their neighbours across unrelated benchmarks, on
 *       either side, and two quick runs in a row agreed within ±10% on 2 of 27 ratios;
 *   <li>the single-shot pairs (an import, an export) in the same forks when they ask nothing of the JVM (the import:
 *       measured after the timed benchmarks' warm-up passes, which it does not take part in), otherwise in forks of
 *       their own the same way (the export's keep the 256 MiB heap its class asks for);
 *   <li>the benchmarks without a baseline (in memory) in forks of their own, one per class.
 * </ul>
 * A fork pays for its JVM, the databases it starts and Hibernate's start-up once, not once per benchmark
 * ({@link Postgres} shares them within a JVM). Its warm-up is in two parts: first unmeasured passes over all the
 * fork's benchmarks, each until it stops getting faster ({@link #warmUp}), then each pair's sides warm up again right
 * before they are measured (their own data in the caches), the databases quiesced first (vacuumed, checkpointed; their
 * autovacuum and timed checkpoints are off, so none lands in a measurement). JMH runs in the fork's own
 * JVM, so its compiler hints for the benchmark loop do not apply: they matter for operations of nanoseconds, and these
 * take milliseconds.
 *
 * <p>{@code quick} (the default): the quick sizes, three rounds, under 15 minutes on 2 cores (CONTRIBUTING.md gives
 * the estimate; the run prints the time its timed iterations take, then each fork's). {@code full}: the sizes, three rounds, longer iterations. {@code smoke}: the quick sizes, two
 * rounds of a few tenths of a second: it checks that the harness runs; its figures mean nothing.
 */
public final class BenchmarkMain {

    private static final String PACKAGE = BenchmarkMain.class.getPackageName();
    private static final String ALL = "dev\\.crmkit\\.benchmarks\\..*Benchmark.*";

    /**
     * How a run runs.
     *
     * @param name quick, full or smoke
     * @param rounds how many forks each side of a pair gets
     * @param unpairedForks how many forks the benchmarks without a baseline get
     * @param warmupPasses at most how many unmeasured passes over the fork's benchmarks come first, each an iteration of
     *     {@code warmupTime} per benchmark (none for zero; see {@link #warmUp})
     * @param warmups warm-up iterations of a timed benchmark right before its measurement
     * @param warmupTime their length
     * @param iterations measured iterations of a timed benchmark per fork
     * @param iterationTime their length
     * @param singleShotWarmups unmeasured invocations of a single-shot benchmark per fork
     * @param singleShots measured invocations of a single-shot benchmark per fork
     * @param params parameter values for every benchmark, over the annotations' (none: the annotations')
     * @param classParams parameter values for the benchmarks of one class, over {@code params}
     * @param waitsForTheJit whether a warm-up pass counts as settled only once the JIT has all but finished compiling
     *     (see {@link #warmUp}); the quick run's three short passes cannot wait for it within its time
     * @param steady whether a warm-up pass also counts as settled only when no more than 5% slower than the pass
     *     before (see {@link #warmUp}); only the forks of benchmarks without a baseline ask it
     */
    record Settings(String name, int rounds, int unpairedForks, int warmupPasses, int warmups, TimeValue warmupTime,
            int iterations, TimeValue iterationTime, int singleShotWarmups, int singleShots, Map<String, String[]> params,
            Map<String, Map<String, String[]>> classParams, boolean waitsForTheJit, boolean steady) {

        /**
         * The same run with another number of rounds: each round adds a fork of each side, and the 95% intervals narrow
         * with the forks' number (with three, the spread between forks counts more than twice over, see {@link Report}).
         */
        Settings withRounds(int rounds) {
            if (rounds < 2) {
                throw new IllegalArgumentException("a run needs at least two rounds, not " + rounds);
            }
            return new Settings(name, rounds, unpairedForks, warmupPasses, warmups, warmupTime, iterations, iterationTime,
                    singleShotWarmups, singleShots, params, classParams, waitsForTheJit, steady);
        }

        /**
         * The same run for a fork of benchmarks without a baseline (in memory): its warm-up waits for the JIT and is
         * steady, in up to 8 passes (or the run's own, if more), and its iterations last a second at least. Such a
         * fork is cheap (no database), and its benchmarks run the library's code in microseconds to milliseconds in a
         * heap that holds a whole tenant: measured after four passes of 0.5 s, the in-memory board's iterations still
         * halved from one to the next, the JIT compiling a fifth of the last pass; once the JIT had settled (ten
         * passes), iterations of 0.25 s still measured 0.5 or 0.9 ms now and then. (A full collection before each
         * iteration, JMH's {@code -gc}, made it worse: iterations of 0.5 to 2.4 ms.)
         */
        Settings forUnpaired() {
            if (warmupPasses == 0) {
                return this;
            }
            TimeValue second = TimeValue.seconds(1);
            return new Settings(name, rounds, unpairedForks, Math.max(warmupPasses, 8), warmups, warmupTime, iterations,
                    iterationTime.convertTo(TimeUnit.MILLISECONDS) < 1000 ? second : iterationTime, singleShotWarmups,
                    singleShots, params, classParams, true, true);
        }

        /**
         * The heap of the run's forks (the full run's in-memory forks hold a tenant of a million cards; the quick
         * run's, of 200k), unless a benchmark's class asks for its own ({@code -Xmx} in its {@code @Fork}).
         */
        String heap() {
            return name.equals("full") ? "6g" : "4g";
        }

        /** The parameters of one class's benchmarks. */
        Map<String, String[]> paramsOf(String benchmarkClass) {
            Map<String, String[]> all = new TreeMap<>(params);
            all.putAll(classParams.getOrDefault(benchmarkClass, Map.of()));
            return all;
        }
    }

    /**
     * The quick run's sizes: one size per dataset, small enough that the whole run, its datasets' first load included,
     * stays under 15 minutes on 2 cores. How a figure grows with the tenant's size (the board and the case queue at
     * 1M against 10k) is the full run's question: a quick size between would answer it for neither.
     */
    private static final Map<String, String[]> QUICK_SIZES = Map.of("accounts", new String[] {"100000"},
            "tenantCards", new String[] {"10000"}, "dbAccounts", new String[] {"20000"},
            "entries", new String[] {"20000"}, "agendaAccounts", new String[] {"5000"}, "rows", new String[] {"2000"},
            "tenantCases", new String[] {"10000"}, "surveys", new String[] {"100000"},
            "orderLines", new String[] {"100000"});

    /**
     * Per class, over {@link #QUICK_SIZES}: the card import at 1,000 rows (a call's size in a migration, not a whole
     * migration), a campaign launched over 2,000 accounts (the launch's cost is per member), and the in-memory board
     * in a tenant of 200k cards beside the 10k one (in memory, the size comparison costs seconds, not a dataset).
     */
    private static final Map<String, Map<String, String[]>> QUICK_CLASS_SIZES = Map.of(
            "ImportCardsBenchmark", Map.of("rows", new String[] {"1000"}),
            "CampaignLaunchBenchmark", Map.of("launchAccounts", new String[] {"2000"}),
            "InMemoryBoardBenchmark", Map.of("tenantCards", new String[] {"10000", "200000"}));

    /**
     * Three rounds; a timed fork warms up in at most three passes of 0.3 s (the fork's benchmarks share most of their
     * code, so a pass over all of them warms each more than its own 0.3 s), then measures each benchmark 4 × 0.25 s
     * after 0.3 s of warm-up, in turn with its pair's other side: four iteration pairs a fork, so that a pair of
     * iterations a hiccup of the machine spoiled weighs a quarter of the fork, not a half. (With four passes of 0.5 s
     * and 0.5 s of warm-up, the first run from a fresh clone took 16 min 30 s.)
     */
    static final Settings QUICK = new Settings("quick", 3, 1, 3, 1, TimeValue.milliseconds(300), 4,
            TimeValue.milliseconds(250), 1, 1, QUICK_SIZES, QUICK_CLASS_SIZES, false, false);

    /**
     * Per class, over the annotations' sizes: the card writes and the card import in the tenant of 1M cards only. The
     * 10k-card tenant is there for the board, whose read is compared between the two sizes; a write's cost is compared
     * with its baseline's in the same tenant, and the larger tenant is the harder case.
     */
    private static final Map<String, Map<String, String[]>> FULL_CLASS_SIZES = Map.of(
            "MoveCardBenchmark", Map.of("tenantCards", new String[] {"1000000"}),
            "CreateCardBenchmark", Map.of("tenantCards", new String[] {"1000000"}),
            "UpdateCardBenchmark", Map.of("tenantCards", new String[] {"1000000"}),
            "AddCommentBenchmark", Map.of("tenantCards", new String[] {"1000000"}),
            "ImportCardsBenchmark", Map.of("tenantCards", new String[] {"1000000"}));

    static final Settings FULL = new Settings("full", 3, 2, 12, 2, TimeValue.seconds(2), 5,
            TimeValue.seconds(2), 1, 2, Map.of(), FULL_CLASS_SIZES, true, false);

    static final Settings SMOKE = new Settings("smoke", 2, 1, 0, 1, TimeValue.milliseconds(200), 2,
            TimeValue.milliseconds(200), 0, 1, QUICK_SIZES, QUICK_CLASS_SIZES, false, false);

    private BenchmarkMain() {}

    /**
     * @param args {@code quick} (the default), {@code full} or {@code smoke}, then optionally a regular expression of
     *     the benchmarks to run, then optionally {@code true} to have each fork print every measured benchmark's
     *     statements with their timings ({@link StatementProfiler}), then optionally a number of rounds over the run's
     *     own (three; {@code 0} keeps them); {@code merge quick|full} writes the report again from the last run's fork outputs;
     *     {@code compare first.json,second.json} compares two runs' ratios (see {@link #compare});
     *     {@code fork ...} is a fork's own command line, written by the run
     * @throws RunnerException when JMH fails
     * @throws IOException when a fork cannot be started or its results read
     * @throws InterruptedException when interrupted while waiting for a fork
     */
    public static void main(String[] args) throws RunnerException, IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("fork")) {
            fork(settings(args[1]), Path.of(args[2]), Integer.parseInt(args[3]), List.of(args).subList(4, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("load")) {
            load(settings(args[1]), Path.of(args[2]), List.of(args).subList(3, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("merge")) {
            remerge(settings(args.length > 1 ? args[1] : "quick"));
            return;
        }
        if (args.length > 0 && args[0].equals("compare")) {
            compare(args.length > 1 ? List.of(args[1].split(",")) : List.of());
            return;
        }
        Settings settings = settings(args.length > 0 ? args[0] : "quick");
        String include = args.length > 1 && !args[1].isBlank() ? args[1] : ALL;
        boolean statements = args.length > 2 && Boolean.parseBoolean(args[2]);
        int rounds = args.length > 3 && !args[3].isBlank() ? Integer.parseInt(args[3]) : 0;
        if (rounds > 0) {
            settings = settings.withRounds(rounds);
        }
        Instant started = Instant.now();
        List<Fork> plan = plan(settings, include);
        if (plan.isEmpty()) {
            throw new IllegalStateException("no benchmark matches " + include);
        }
        System.out.printf(Locale.ROOT, "%d forks; the timed benchmarks' iterations alone take %d s, more when a benchmark needs"
                + " more than two warm-up passes (see CONTRIBUTING.md for the whole run's estimate)%n", plan.size(),
                timedSeconds(plan, settings));
        // A smoke run's figures mean nothing, and a timed run's are slowed by the timing: they stay out of results/.
        Path results = Files.createDirectories(settings == SMOKE ? Path.of("target", "benchmark-smoke")
                : statements ? Path.of("target", "benchmark-statements") : Path.of("results"));
        Path work = Files.createDirectories(Path.of("target", "benchmark-forks"));
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            Fork fork = plan.get(i);
            Path output = work.resolve(fork.side() == Side.LOAD ? "load.json" : "fork-" + i + ".json");
            Files.deleteIfExists(output);
            System.out.printf(Locale.ROOT, "%n# Fork %d of %d: %s, round %d: %s%n", i + 1, plan.size(), fork.side(), fork.round(),
                    String.join(" ", fork.benchmarks()));
            // What the forks before wrote reaches the disk now, not during this fork's measurements.
            Postgres.writeBack();
            Instant forkStarted = Instant.now();
            run(fork, settings, output, statements);
            if (fork.side() != Side.LOAD) {
                outputs.add(output);
            }
            System.out.printf(Locale.ROOT, "# Fork %d of %d took %d s (%d s since the run started)%n", i + 1, plan.size(),
                    Duration.between(forkStarted, Instant.now()).toSeconds(), Duration.between(started, Instant.now()).toSeconds());
        }
        Merged merged = merge(outputs);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(results.resolve("latest.json").toFile(), merged.json());
        Duration took = Duration.between(started, Instant.now());
        write(results.resolve("latest.md"), Report.markdown(merged.rows(), heading(settings, include, plan.size(), took)));
    }

    /**
     * Writes the report again from the forks' outputs a run left in {@code target/benchmark-forks} (a run whose last
     * step failed keeps its measurements): {@code merge quick} or {@code merge full}. The report says it was
     * re-merged; the run's length is not known then.
     */
    private static void remerge(Settings settings) throws IOException {
        Path work = Path.of("target", "benchmark-forks");
        List<Path> outputs;
        try (var files = Files.list(work)) {
            outputs = files.filter(f -> f.getFileName().toString().matches("fork-\\d+\\.json"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replaceAll("\\D", ""))))
                    .toList();
        }
        if (outputs.isEmpty()) {
            throw new IllegalStateException("no fork output in " + work.toAbsolutePath());
        }
        Path results = Files.createDirectories(settings == SMOKE ? Path.of("target", "benchmark-smoke") : Path.of("results"));
        Merged merged = merge(outputs);
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(results.resolve("latest.json").toFile(), merged.json());
        String heading = heading(settings, ALL, outputs.size(), Duration.ZERO)
                .replaceFirst(" in 0 min 0 s", " (re-merged from the forks' outputs; the run's length is in its log)");
        write(results.resolve("latest.md"), Report.markdown(merged.rows(), heading));
    }

    /**
     * Compares two runs' ratios, each read from the JSON a run wrote ({@code results/latest.json} or a copy of it), and
     * writes {@code target/benchmark-compare.md}: each ratio in both runs with its interval, the second over the first,
     * and how many lie within ±10% of each other ({@link Report#comparison}).
     *
     * @param files the two runs' JSON files, the earlier first
     */
    private static void compare(List<String> files) throws IOException {
        if (files.size() != 2) {
            throw new IllegalArgumentException("compare needs two result files, the earlier first, separated by a comma: "
                    + "-Dbenchmarks.include=results/first.json,results/second.json");
        }
        Path first = Path.of(files.get(0).strip());
        Path second = Path.of(files.get(1).strip());
        String heading = "# Two benchmark runs compared\n\nFirst `" + first + "`, second `" + second + "`: each ratio's point"
                + " estimate in both, the second's over the first's.";
        Path report = Files.createDirectories(Path.of("target")).resolve("benchmark-compare.md");
        Files.writeString(report, Report.comparison(merge(List.of(first)).rows(), merge(List.of(second)).rows(), heading));
        System.out.println(Files.readString(report));
        System.out.printf(Locale.ROOT, "Written %s%n", report);
    }

    static Settings settings(String name) {
        return switch (name) {
            case "quick" -> QUICK;
            case "full" -> FULL;
            case "smoke" -> SMOKE;
            default -> throw new IllegalStateException("unknown run " + name + ": quick, full or smoke");
        };
    }

    /**
     * Which side of a pair a benchmark measures; of a fork, {@code PAIRED} is one that measures both sides of its pairs,
     * {@code LOAD} the one that only loads the datasets.
     */
    enum Side {
        LIBRARY, JDBC, UNPAIRED, PAIRED, LOAD;

        static Side of(String benchmark) {
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            return method.startsWith("library") ? LIBRARY : method.startsWith("jdbc") ? JDBC : UNPAIRED;
        }
    }

    /**
     * One JVM of a run.
     *
     * @param side the side its benchmarks measure
     * @param round its round (from 1)
     * @param jvmArgs what the benchmarks' class asks of the JVM, after the run's own heap
     * @param units the timed benchmarks and parameter sets it measures
     * @param singleShot whether all of its benchmarks are single-shot
     * @param benchmarks their full names
     */
    record Fork(Side side, int round, List<String> jvmArgs, int units, boolean singleShot, List<String> benchmarks) {}

    /**
     * The run's forks, in order: the timed pairs round by round (sides alternating), then the single-shot pairs the
     * same way (one group per JVM setting), then the benchmarks without a baseline.
     */
    static List<Fork> plan(Settings settings, String include) {
        BenchmarkList list = BenchmarkList.defaultList();
        Map<String, List<BenchmarkListEntry>> groups = new LinkedHashMap<>();
        for (BenchmarkListEntry entry : list.find(silent(), List.of(include), List.of())) {
            boolean singleShot = entry.getMode() == Mode.SingleShotTime;
            Side side = Side.of(entry.getUsername());
            // Benchmarks without a baseline get a fork per class: an in-memory dataset of a million rows is enough for one heap.
            // A paired single-shot benchmark shares the timed ones' forks when it asks nothing else of the JVM: a fork's
            // start (the JVM, its databases, Hibernate) costs more than the import it measures.
            Collection<String> appended = entry.getJvmArgsAppend().orElse(List.of());
            String key = (side == Side.UNPAIRED ? "2" + benchmarkClass(entry.getUsername())
                    : singleShot && !appended.isEmpty() ? "1" : "0") + String.join(" ", appended);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
        }
        List<Fork> forks = new ArrayList<>();
        // The datasets are loaded by a fork that measures nothing: the first measured fork would otherwise start right
        // after minutes of bulk loading (its JVM's heap full of the loader's garbage, the database's caches full of the
        // load's pages), and in the runs before this fork existed the library's first round was the slow fork of every
        // write pair.
        List<String> toLoad = groups.entrySet().stream().filter(g -> g.getKey().startsWith("0"))
                .flatMap(g -> g.getValue().stream()).filter(e -> e.getMode() != Mode.SingleShotTime)
                .map(BenchmarkListEntry::getUsername).toList();
        if (!toLoad.isEmpty()) {
            forks.add(new Fork(Side.LOAD, 0, jvmArgs(settings, List.of()), 0, false, toLoad));
        }
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(group -> {
            List<BenchmarkListEntry> entries = group.getValue();
            boolean singleShot = entries.stream().allMatch(e -> e.getMode() == Mode.SingleShotTime);
            List<String> jvmArgs = jvmArgs(settings, entries.get(0).getJvmArgsAppend().orElse(List.of()));
            if (Side.of(entries.get(0).getUsername()) == Side.UNPAIRED) {
                for (int round = 1; round <= settings.unpairedForks(); round++) {
                    forks.add(fork(settings, Side.UNPAIRED, round, jvmArgs, singleShot, entries));
                }
                return;
            }
            // Both sides of every pair in each fork, measured in turn iteration by iteration (see units).
            for (int round = 1; round <= settings.rounds(); round++) {
                forks.add(fork(settings, Side.PAIRED, round, jvmArgs, singleShot, entries));
            }
        });
        return forks;
    }

    private static Fork fork(Settings settings, Side side, int round, List<String> jvmArgs, boolean singleShot,
            List<BenchmarkListEntry> entries) {
        int units = entries.stream().filter(e -> e.getMode() != Mode.SingleShotTime).mapToInt(e -> parameterSets(settings, e)).sum();
        return new Fork(side, round, jvmArgs, units, singleShot, entries.stream().map(BenchmarkListEntry::getUsername).toList());
    }

    /**
     * What a fork's JVM starts with: a heap of a fixed size (the run's, or the {@code -Xmx} the benchmark's class
     * appends), all of it touched before the fork's first benchmark, on transparent huge pages, then what the class
     * appends. On this machine (a virtual one) the first touch of a 4 KiB page costs about 2.4 µs (touching 6 GiB took
     * 15 s), and a heap that grew during a measurement paid for it there: the in-memory board's first measured
     * iterations ran at 6–8 ms an operation, 0.5 ms after them, in the seconds after its heap grew from 2.4 to 3.2 GiB,
     * with no collection in them (the collector's log: none for 6 s, where the rest of the fork had one a second). With
     * the heap fixed and touched up front on 2 MiB pages (6 GiB in about 3 s), the same fork's iterations measured 0.41
     * to 0.52 ms but for three of sixteen (0.95–1.8 ms, the JIT still compiling); the JDBC baselines and the library
     * share each fork, so whatever the heap costs falls on both sides.
     */
    static List<String> jvmArgs(Settings settings, Collection<String> appended) {
        String heap = appended.stream().filter(a -> a.startsWith("-Xmx")).reduce((first, last) -> last)
                .map(a -> a.substring("-Xmx".length())).orElse(settings.heap());
        List<String> args = new ArrayList<>(List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+UseTransparentHugePages",
                "-XX:+AlwaysPreTouch"));
        appended.stream().filter(a -> !a.startsWith("-Xmx")).forEach(args::add);
        return args;
    }

    /** How many parameter sets a benchmark runs with under the settings. */
    private static int parameterSets(Settings settings, BenchmarkListEntry entry) {
        Map<String, String[]> given = settings.paramsOf(benchmarkClass(entry.getUsername()));
        int sets = 1;
        for (Map.Entry<String, String[]> param : entry.getParams().orElse(Map.of()).entrySet()) {
            sets *= given.getOrDefault(param.getKey(), param.getValue()).length;
        }
        return sets;
    }

    /** Seconds the timed forks spend in warm-up and measured iterations. */
    private static long timedSeconds(List<Fork> plan, Settings settings) {
        // The warm-up passes: two at least, the most for a slow-settling library benchmark.
        double perUnit = 2 * settings.warmupTime().convertTo(TimeUnit.MILLISECONDS)
                + settings.warmups() * settings.warmupTime().convertTo(TimeUnit.MILLISECONDS)
                + settings.iterations() * settings.iterationTime().convertTo(TimeUnit.MILLISECONDS);
        return Math.round(plan.stream().mapToInt(Fork::units).sum() * perUnit / 1000);
    }

    private static String benchmarkClass(String benchmark) {
        String withoutMethod = benchmark.substring(0, benchmark.lastIndexOf('.'));
        return withoutMethod.substring(withoutMethod.lastIndexOf('.') + 1);
    }

    /** Starts a fork's JVM and waits for it; a failed fork fails the run. */
    private static void run(Fork fork, Settings settings, Path output, boolean statements)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(fork.jvmArgs());
        if (statements) {
            command.add("-D" + StatementProfiler.PROPERTY + "=true");
        }
        command.add("-classpath");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchmarkMain.class.getName());
        command.add(fork.side() == Side.LOAD ? "load" : "fork");
        command.add(settings.name());
        command.add(output.toString());
        if (fork.side() != Side.LOAD) {
            command.add(String.valueOf(fork.round()));
        }
        command.addAll(fork.benchmarks());
        int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
        if (exit != 0 || !Files.exists(output)) {
            throw new IllegalStateException("fork " + fork.side() + " of round " + fork.round() + " failed (exit " + exit + ")");
        }
    }

    /**
     * A fork's own work: its timed benchmarks warmed up together, then measured unit by unit ({@link #units}), the
     * single-shot ones last with their own warm-up invocations, into one JSON file: per benchmark and parameter set,
     * its iterations' scores in the order they ran and its mean allocation per operation.
     *
     * <p>A unit's members are measured iteration by iteration in turn (a library iteration, its baseline's, the
     * library's again, ...), each iteration a JMH run of its own, so a slow spell of the machine that lasts seconds
     * or more falls on both sides of a pair, not on one.
     */
    private static void fork(Settings settings, Path output, int round, List<String> benchmarks)
            throws RunnerException, IOException {
        // One JMH run per set of class-specific parameters (JMH's parameters apply to every benchmark of a run).
        Map<Map<String, List<String>>, List<String>> timedByParams = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> paramSets = new LinkedHashMap<>();
        List<String> timed = new ArrayList<>();
        List<String> singleShots = new ArrayList<>();
        for (String benchmark : benchmarks) {
            BenchmarkListEntry entry = BenchmarkList.defaultList()
                    .find(silent(), List.of(Pattern.quote(benchmark) + "$"), List.of()).first();
            Map<String, List<String>> given = new TreeMap<>();
            settings.paramsOf(benchmarkClass(benchmark)).forEach((k, v) -> given.put(k, List.of(v)));
            Map<String, List<String>> params = new TreeMap<>();
            entry.getParams().orElse(Map.of()).forEach((k, v) -> params.put(k, given.getOrDefault(k, List.of(v))));
            paramSets.put(benchmark, params);
            if (entry.getMode() == Mode.SingleShotTime) {
                singleShots.add(benchmark);
            } else {
                timed.add(benchmark);
                timedByParams.computeIfAbsent(given, k -> new ArrayList<>()).add(benchmark);
            }
        }
        if (benchmarks.stream().allMatch(b -> Side.of(b) == Side.UNPAIRED)) {
            settings = settings.forUnpaired();
        }
        if (!timedByParams.isEmpty() && settings.warmupPasses() > 0) {
            warmUp(settings, timedByParams);
        }
        Map<Measurable, Measured> results = new LinkedHashMap<>();
        // The timed benchmarks first, then the single-shot ones: an import's hundreds of megabytes of garbage stay out of
        // the heap the timed ones are measured in.
        for (List<Measurable> unit : units(timed, paramSets::get, round)) {
            measure(settings, unit, false, output, results);
        }
        for (List<Measurable> unit : units(singleShots, paramSets::get, round)) {
            measure(settings, unit, true, output, results);
        }
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode all = mapper.createArrayNode();
        results.values().forEach(measured -> all.add(measured.json(mapper)));
        mapper.writeValue(output.toFile(), all);
    }

    /**
     * A benchmark with one value for each of its parameters: what one measured JMH run of a fork runs.
     *
     * @param benchmark its full name
     * @param params each parameter's value
     */
    record Measurable(String benchmark, Map<String, String> params) {}

    /**
     * The units a fork measures, in order. A library benchmark ({@code library*}) and its baseline ({@code jdbc*} with
     * the same suffix), when both are in the fork, make one unit of all their parameter sets, each set's two sides side
     * by side: the library first in odd rounds, the baseline first in even ones (the whole unit reversed), so neither
     * side always measures right after the other, and the sizes a target compares (the board in a tenant of 1M cards
     * against one of 10k) are measured in turn as well, not minutes apart. Every other benchmark makes one unit of all
     * its parameter sets (measured in turn the same way), their order rotated by the round.
     *
     * @param benchmarks the benchmarks, in the order to measure them
     * @param params per benchmark, each parameter's values
     * @param round the fork's round, from 1
     * @return the units, each the benchmarks with parameters to measure in turn
     */
    static List<List<Measurable>> units(List<String> benchmarks, Function<String, Map<String, List<String>>> params, int round) {
        List<List<Measurable>> units = new ArrayList<>();
        for (String benchmark : benchmarks) {
            if (Side.of(benchmark) == Side.JDBC && benchmarks.contains(partner(benchmark))) {
                continue;
            }
            List<Map<String, String>> sets = parameterSets(params.apply(benchmark));
            String baseline = Side.of(benchmark) == Side.LIBRARY ? partner(benchmark) : null;
            if (baseline != null && benchmarks.contains(baseline)) {
                List<Measurable> pairs = new ArrayList<>();
                for (Map<String, String> set : sets) {
                    pairs.add(new Measurable(benchmark, set));
                    pairs.add(new Measurable(baseline, set));
                }
                if (round % 2 == 0) {
                    Collections.reverse(pairs);
                }
                units.add(List.copyOf(pairs));
                continue;
            }
            List<Measurable> all = new ArrayList<>(sets.stream().map(set -> new Measurable(benchmark, set)).toList());
            Collections.rotate(all, -((round - 1) % all.size()));
            units.add(List.copyOf(all));
        }
        return units;
    }

    /** A library benchmark's baseline, or a baseline's library benchmark: the same class, the other prefix. */
    private static String partner(String benchmark) {
        int dot = benchmark.lastIndexOf('.');
        String method = benchmark.substring(dot + 1);
        String other = method.startsWith("library") ? "jdbc" + method.substring("library".length())
                : method.startsWith("jdbc") ? "library" + method.substring("jdbc".length()) : method;
        return benchmark.substring(0, dot + 1) + other;
    }

    /** Every combination of the parameters' values, in the parameters' name order (one empty set for none). */
    static List<Map<String, String>> parameterSets(Map<String, List<String>> params) {
        List<Map<String, String>> sets = new ArrayList<>();
        sets.add(new TreeMap<>());
        for (Map.Entry<String, List<String>> param : new TreeMap<>(params).entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> set : sets) {
                for (String value : param.getValue()) {
                    Map<String, String> extended = new TreeMap<>(set);
                    extended.put(param.getKey(), value);
                    next.add(extended);
                }
            }
            sets = next;
        }
        return sets.stream().map(Collections::unmodifiableMap).toList();
    }

    /**
     * Measures a unit: the databases quiesced once (see {@link Postgres#quiesceAll}), each member's warm-up, then the
     * members' measured iterations in turn, each a JMH run of one iteration (or one invocation, single-shot).
     */
    private static void measure(Settings settings, List<Measurable> unit, boolean singleShot, Path output,
            Map<Measurable, Measured> results) throws RunnerException, IOException {
        long quiescing = System.nanoTime();
        Postgres.quiesceAll();
        System.out.printf(Locale.ROOT, "# Databases vacuumed and checkpointed in %d ms before %s%n",
                (System.nanoTime() - quiescing) / 1_000_000, unit);
        int warmups = singleShot ? settings.singleShotWarmups() : settings.warmups();
        for (Measurable member : unit) {
            if (warmups > 0) {
                ChainedOptionsBuilder warm = asMeasured(options(member)).warmupIterations(0).measurementIterations(warmups);
                if (!singleShot) {
                    warm.measurementTime(settings.warmupTime());
                }
                new Runner(warm.build(), silent()).run();
            }
        }
        int iterations = singleShot ? settings.singleShots() : settings.iterations();
        for (int i = 0; i < iterations; i++) {
            for (Measurable member : unit) {
                Path partFile = output.resolveSibling(output.getFileName() + ".part");
                ChainedOptionsBuilder measured = options(member).addProfiler(GCProfiler.class).warmupIterations(0)
                        .measurementIterations(1).resultFormat(ResultFormatType.JSON).result(partFile.toString());
                if (!singleShot) {
                    measured.measurementTime(settings.iterationTime());
                }
                if (StatementProfiler.enabled()) {
                    measured.addProfiler(StatementProfiler.class);
                }
                new Runner(measured.build()).run();
                for (JsonNode node : new ObjectMapper().readTree(partFile.toFile())) {
                    results.computeIfAbsent(member, m -> new Measured((ObjectNode) node.deepCopy())).add(node);
                }
                Files.delete(partFile);
            }
        }
    }

    /**
     * Unmeasured runs with what a measured run adds (the allocation profiler, the result file), so that nothing a
     * measured run loads is new at the first measured iteration: a newly loaded class can invalidate code the JIT
     * compiled on the assumption that an interface had fewer implementations. Before this, the in-memory board's
     * first measured iterations ran at 6–8 ms an operation (0.5 ms after them) in three runs of four; after it, in one
     * of two, and its warm-up passes showed such spells of a few seconds too: their other cause was the heap growing
     * onto pages never touched before (see {@link #jvmArgs}).
     */
    private static ChainedOptionsBuilder asMeasured(ChainedOptionsBuilder options) {
        return options.addProfiler(GCProfiler.class).resultFormat(ResultFormatType.JSON)
                .result(Path.of("target", "benchmark-forks", "warm-up.json").toString());
    }

    private static ChainedOptionsBuilder options(Measurable measurable) {
        ChainedOptionsBuilder options = new OptionsBuilder().forks(0).shouldFailOnError(true)
                .include(Pattern.quote(measurable.benchmark()) + "$");
        measurable.params().forEach(options::param);
        return options;
    }

    /** One benchmark and parameter set's iterations in a fork, gathered from its one-iteration JMH runs. */
    private static final class Measured {

        private final ObjectNode first;
        private final List<Double> scores = new ArrayList<>();
        private final List<Double> allocations = new ArrayList<>();

        Measured(ObjectNode first) {
            this.first = first;
        }

        void add(JsonNode node) {
            for (double[] iterations : iterations(node.get("primaryMetric"))) {
                Arrays.stream(iterations).forEach(scores::add);
            }
            JsonNode secondary = node.get("secondaryMetrics");
            for (Iterator<String> names = secondary.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (name.endsWith("gc.alloc.rate.norm")) {
                    allocations.add(secondary.get(name).get("score").asDouble());
                }
            }
        }

        /** JMH's format, as if one run had measured every iteration: a single fork of them. */
        ObjectNode json(ObjectMapper mapper) {
            ObjectNode node = first.deepCopy();
            ObjectNode primary = (ObjectNode) node.get("primaryMetric");
            primary.remove("rawDataHistogram");
            primary.put("score", scores.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN));
            ArrayNode raw = primary.putArray("rawData").addArray();
            scores.forEach(raw::add);
            ObjectNode secondary = node.putObject("secondaryMetrics");
            if (!allocations.isEmpty()) {
                secondary.putObject("gc.alloc.rate.norm").put("scoreUnit", "B/op")
                        .put("score", allocations.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
            node.put("measurementIterations", scores.size());
            return node;
        }
    }

    /**
     * The loading fork's work: every benchmark's set-up runs (a dataset an earlier run loaded is found marked and
     * kept), each benchmark for one short unmeasured iteration; an empty result is written so the run can tell the
     * fork finished.
     */
    private static void load(Settings settings, Path output, List<String> benchmarks) throws RunnerException, IOException {
        Map<Map<String, List<String>>, List<String>> byParams = new LinkedHashMap<>();
        for (String benchmark : benchmarks) {
            Map<String, List<String>> params = new TreeMap<>();
            settings.paramsOf(benchmarkClass(benchmark)).forEach((k, v) -> params.put(k, List.of(v)));
            byParams.computeIfAbsent(params, k -> new ArrayList<>()).add(benchmark);
        }
        long started = System.nanoTime();
        for (Map.Entry<Map<String, List<String>>, List<String>> group : byParams.entrySet()) {
            new Runner(options(group.getKey(), group.getValue()).warmupIterations(0).measurementIterations(1)
                    .measurementTime(TimeValue.milliseconds(100)).build(), silent()).run();
        }
        Postgres.quiesceAll();
        System.out.printf(Locale.ROOT, "# Datasets ready in %d s%n", (System.nanoTime() - started) / 1_000_000_000);
        new ObjectMapper().writeValue(output.toFile(), new ObjectMapper().createArrayNode());
    }

    /** A pass's score may be this much better than the pass before it and the benchmark still count as warm. */
    private static final double SETTLED = 0.95;

    /**
     * The most of a pass's time the JIT may spend compiling (on all its threads) for the pass's benchmarks to count as
     * warm: on two cores a compiler thread at work takes a core from the database and the benchmark.
     */
    private static final double JIT_SETTLED = 0.05;

    /**
     * Runs the fork's benchmarks unmeasured, pass after pass (an iteration of the warm-up's length each), until each is
     * warm: its latest pass no more than 5% faster than the pass before, in a steady warm-up (the in-memory forks) no
     * more than 5% slower either, and (when the run waits for it) the JIT compiling for at most 5% of the pass's time.
     * A slower pass counted as warm until the in-memory board's fork showed passes of 11, 5.7, 2.3 and 6.0 ms, then
     * measured iterations of 6 to 8 ms for several seconds before they came down to 0.5 ms. The full run does not ask
     * it: there the JDBC baselines, whose passes vary by more than 5% either way, all ran the 12 passes (in the board's
     * forks, about 100 s of their 243–268 s). The second condition came from a move of a card measured pass after
     * pass in one JVM: it was within 5% of its pass before at the seventh pass (2.2 ms an operation) and still got
     * faster until the thirteenth (1.4 ms), while the JIT's optimizing compiler kept compiling the library's code and
     * took a core from the database (the move's statements took a fifth longer then). The code the library runs once
     * per operation
     * reaches the JIT's optimizing compiler only after thousands of operations (a fresh fork's account profile took
     * about 15 s to settle on its own), and most of it is shared between the benchmarks, so all of them warm up
     * together before any is measured; a benchmark that settles early (a JDBC baseline, after two passes) stops
     * paying. A pass is one JMH run, its iterations short enough that the write benchmarks' clean-up after each
     * iteration keeps a stage's position keys short (a stage takes about a thousand appended cards).
     */
    private static void warmUp(Settings settings, Map<Map<String, List<String>>, List<String>> byParams) throws RunnerException {
        Map<String, Double> last = new HashMap<>();
        Map<String, Integer> passes = new TreeMap<>();
        Map<String, Double> jitShares = new HashMap<>();
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        Map<Map<String, List<String>>, List<String>> warming = new LinkedHashMap<>(byParams);
        for (int pass = 1; pass <= settings.warmupPasses() && !warming.isEmpty(); pass++) {
            Map<Map<String, List<String>>, List<String>> next = new LinkedHashMap<>();
            for (Map.Entry<Map<String, List<String>>, List<String>> group : warming.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
                Map<String, Boolean> settled = new HashMap<>();
                long compiledBefore = jitTimed ? jit.getTotalCompilationTime() : 0;
                long started = System.nanoTime();
                Collection<RunResult> results = new Runner(asMeasured(options(group.getKey(), group.getValue())
                        .warmupIterations(0).measurementIterations(1).measurementTime(settings.warmupTime())).build()).run();
                double jitShare = jitTimed ? (jit.getTotalCompilationTime() - compiledBefore)
                        / Math.max(1.0, (System.nanoTime() - started) / 1e6) : 0;
                for (RunResult result : results) {
                    String benchmark = result.getParams().getBenchmark();
                    String key = benchmark + " " + result.getParams().getParamsKeys().stream()
                            .map(k -> k + "=" + result.getParams().getParam(k)).toList();
                    double score = result.getPrimaryResult().getScore();
                    Double before = last.put(key, score);
                    passes.put(key, pass);
                    jitShares.put(key, jitShare);
                    // Every parameter set of a benchmark must be warm (JMH runs them all).
                    // In a steady warm-up, a pass slower than the one before does not count as warm either: something
                    // (a deoptimization, a concurrent collection of a large heap) may still be under way.
                    settled.merge(benchmark, before != null && score >= SETTLED * before
                            && (!settings.waitsForTheJit() || jitShare <= JIT_SETTLED)
                            && (!settings.steady() || score * SETTLED <= before), Boolean::logicalAnd);
                }
                List<String> unsettled = group.getValue().stream().filter(b -> !settled.getOrDefault(b, false)).toList();
                if (!unsettled.isEmpty()) {
                    next.put(group.getKey(), unsettled);
                }
            }
            warming = next;
        }
        passes.forEach((key, count) -> System.out.printf(Locale.ROOT, "# Warm-up: %s: %d pass(es) of %s, the JIT compiling"
                + " %.0f%% of the last%s%n", key, count, settings.warmupTime(), 100 * jitShares.get(key),
                count == settings.warmupPasses() ? " (the most a fork runs; it may not have settled)" : ""));
    }

    private static OutputFormat silent() {
        return OutputFormatFactory.createFormatInstance(new PrintStream(OutputStream.nullOutputStream()), VerboseMode.SILENT);
    }

    private static ChainedOptionsBuilder options(Map<String, List<String>> params, List<String> benchmarks) {
        ChainedOptionsBuilder options = new OptionsBuilder().forks(0).shouldFailOnError(true);
        benchmarks.forEach(b -> options.include(Pattern.quote(b) + "$"));
        params.forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
        return options;
    }

    /**
     * A benchmark's iterations, fork by fork: the iterations' scores of a timed benchmark ({@code rawData}); for a
     * sampled one ({@code rawDataHistogram}: per iteration, pairs of a value and how many samples had it), each
     * iteration's mean over its samples.
     */
    static List<double[]> iterations(JsonNode primaryMetric) {
        List<double[]> forks = new ArrayList<>();
        JsonNode raw = primaryMetric.get("rawData");
        if (raw != null) {
            for (JsonNode fork : raw) {
                double[] iterations = new double[fork.size()];
                for (int i = 0; i < fork.size(); i++) {
                    iterations[i] = fork.get(i).asDouble();
                }
                forks.add(iterations);
            }
            return forks;
        }
        JsonNode histograms = primaryMetric.get("rawDataHistogram");
        if (histograms == null) {
            throw new IllegalArgumentException("a result with neither rawData nor rawDataHistogram: " + primaryMetric);
        }
        for (JsonNode fork : histograms) {
            double[] iterations = new double[fork.size()];
            for (int i = 0; i < fork.size(); i++) {
                double sum = 0;
                long count = 0;
                for (JsonNode bin : fork.get(i)) {
                    long n = bin.get(1).asLong();
                    sum += bin.get(0).asDouble() * n;
                    count += n;
                }
                iterations[i] = count == 0 ? Double.NaN : sum / count;
            }
            forks.add(iterations);
        }
        return forks;
    }

    /** Every fork's results, one JSON entry and one report row per benchmark and parameter set. */
    record Merged(ArrayNode json, List<Report.Row> rows) {}

    /**
     * Joins the forks' results: a benchmark's forks in the order they ran, each with its iterations; its mean and the
     * 95% interval of it as {@code score} and {@code scoreConfidence}, its allocation per operation as the mean over
     * the forks (the other secondary figures are per fork and left out).
     */
    static Merged merge(List<Path> outputs) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, ObjectNode> entries = new TreeMap<>();
        Map<String, List<double[]>> forks = new LinkedHashMap<>();
        Map<String, List<Double>> allocations = new LinkedHashMap<>();
        for (Path output : outputs) {
            for (JsonNode node : mapper.readTree(output.toFile())) {
                String key = node.get("benchmark").asText() + "|" + params(node);
                entries.putIfAbsent(key, (ObjectNode) node.deepCopy());
                for (double[] iterations : iterations(node.get("primaryMetric"))) {
                    forks.computeIfAbsent(key, k -> new ArrayList<>()).add(iterations);
                }
                JsonNode secondary = node.get("secondaryMetrics");
                for (Iterator<String> names = secondary.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    if (name.endsWith("gc.alloc.rate.norm")) {
                        allocations.computeIfAbsent(key, k -> new ArrayList<>()).add(secondary.get(name).get("score").asDouble());
                    }
                }
            }
        }
        ArrayNode json = mapper.createArrayNode();
        List<Report.Row> rows = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> entry : entries.entrySet()) {
            ObjectNode node = entry.getValue();
            List<double[]> runs = forks.get(entry.getKey());
            List<Double> allocated = allocations.get(entry.getKey());
            String benchmark = node.get("benchmark").asText();
            Report.Row row = new Report.Row(benchmark.substring(PACKAGE.length() + 1), params(node),
                    node.get("primaryMetric").get("scoreUnit").asText(), runs,
                    allocated == null ? null : allocated.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            rows.add(row);
            Bootstrap.Interval mean = Bootstrap.mean(runs, entry.getKey().hashCode());
            node.put("forks", runs.size());
            ObjectNode primary = (ObjectNode) node.get("primaryMetric");
            primary.put("score", row.score());
            primary.put("scoreError", (mean.upper() - mean.lower()) / 2);
            primary.putArray("scoreConfidence").add(mean.lower()).add(mean.upper());
            primary.remove("scorePercentiles");
            ArrayNode raw = primary.putArray("rawData");
            runs.forEach(run -> {
                ArrayNode iterations = raw.addArray();
                Arrays.stream(run).forEach(iterations::add);
            });
            ObjectNode secondary = node.putObject("secondaryMetrics");
            if (row.allocationPerOp() != null) {
                secondary.putObject("gc.alloc.rate.norm").put("score", row.allocationPerOp()).put("scoreUnit", "B/op");
            }
            json.add(node);
        }
        rows.sort((a, b) -> a.name().equals(b.name()) ? a.params().compareTo(b.params()) : a.name().compareTo(b.name()));
        return new Merged(json, rows);
    }

    /** A result's parameters as the report shows them: {@code name=value} in name order. */
    private static String params(JsonNode node) {
        Map<String, String> values = new TreeMap<>();
        JsonNode params = node.get("params");
        if (params != null) {
            params.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        }
        return String.join(", ", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /**
     * The report's title and the lines that say how the run ran.
     *
     * @param settings the run's settings
     * @param include the benchmarks it ran, a regular expression (named in the heading unless it matches them all)
     * @param forks how many forks it ran
     * @param took how long it took
     */
    static String heading(Settings settings, String include, int forks, Duration took) {
        StringBuilder out = new StringBuilder("# CRM Kit benchmarks (" + settings.name() + " run)\n\n");
        out.append(String.format(Locale.ROOT, "%s, %d cores, Java %s (%s); %d forks in %d min %d s%s.%n%n", Instant.now(),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                forks, took.toMinutes(), took.toSecondsPart(), include.equals(ALL) ? "" : ", benchmarks matching `" + include + "`"));
        out.append(String.format(Locale.ROOT, "Each pair's library and JDBC sides ran in the same forks, %d rounds, measured in turn"
                        + " iteration by iteration (A/B/A/B in odd rounds, B/A/B/A in even ones);"
                        + " each fork ran its timed benchmarks %s, then each pair's sides for %d × %s of warm-up each and %d × %s"
                        + " measured each; each single-shot benchmark %d warm-up and %d measured invocation(s) per fork; the benchmarks without a"
                        + " baseline in %d fork(s), their parameter sets in turn the same way%s.",
                settings.rounds(), settings.warmupPasses() == 0 ? "without unmeasured passes first"
                        : "in unmeasured passes of " + settings.warmupTime() + " until each stopped getting faster"
                        + (settings.waitsForTheJit() ? " and the JIT compiled for at most 5% of a pass" : "") + " (at most "
                        + settings.warmupPasses() + ")", settings.warmups(), settings.warmupTime(),
                settings.iterations(),
                settings.iterationTime(), settings.singleShotWarmups(), settings.singleShots(), settings.unpairedForks(),
                settings.warmupPasses() == 0 ? "" : ", warmed up until the JIT settled (at most "
                        + settings.forUnpaired().warmupPasses() + " passes) and measured in iterations of "
                        + settings.forUnpaired().iterationTime()));
        if (settings.name().equals("smoke")) {
            out.append(" A smoke run checks the harness: its figures mean nothing.");
        } else if (!settings.waitsForTheJit()) {
            // The quick run's writes measured 2.1-2.4x for classify where the full run measures 1.09x: its verdicts
            // must not be read as the targets'.
            out.append(" The pairs' warm-up does not wait for the JIT: a library figure whose code is still being"
                    + " compiled is an upper bound, so a target this run finds undecided or missed may hold in the full"
                    + " run (`-Dbenchmarks=full`), which decides the targets.");
        }
        return out.toString();
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
