package dev.crmkit.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The 95% interval of a benchmark's mean score, or of the ratio of two benchmarks' means, by a two-level bootstrap
 * over forks and their iterations (see {@link Report} for why and how).
 */
final class Bootstrap {

    /** Resamples per interval: enough for the 2.5th and 97.5th percentiles to move by well under a percent. */
    static final int RESAMPLES = 10_000;

    /** The upper 2.5% quantiles of Student's t for 1 to 30 degrees of freedom. */
    private static final double[] T_975 = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201,
        2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052,
        2.048, 2.045, 2.042};
    private static final double Z_975 = 1.959964;

    /** An interval and the point estimate it surrounds. */
    record Interval(double estimate, double lower, double upper) {}

    private Bootstrap() {}

    /**
     * The interval of a mean score.
     *
     * @param forks each fork's iteration scores
     * @param seed the resampling's seed (a report is the same every time it is written from the same data)
     * @return the mean of every iteration and its interval
     */
    static Interval mean(List<double[]> forks, long seed) {
        Side side = new Side(forks);
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[RESAMPLES];
        int[] drawn = new int[forks.size()];
        for (int b = 0; b < RESAMPLES; b++) {
            draw(random, drawn);
            means[b] = side.resample(random, drawn);
        }
        return interval(side.mean, means);
    }

    /**
     * The interval of the ratio of two means. With as many forks on both sides, fork {@code i} of one and fork
     * {@code i} of the other are a pair (they ran in the same JVM, or in the same round one after the other) and are
     * drawn together, so a slowdown both sides shared cancels out of the ratio; otherwise each side's forks are drawn
     * on their own. When a pair's forks have as many iterations, their iterations are paired the same way (drawn with
     * the same indices): the run measures a pair's sides in turn, iteration by iteration.
     *
     * @param measured the measured side's forks
     * @param baseline the baseline's forks
     * @param seed the resampling's seed
     * @return the ratio of the means of every iteration and its interval
     */
    static Interval ratio(List<double[]> measured, List<double[]> baseline, long seed) {
        Side top = new Side(measured);
        Side bottom = new Side(baseline);
        boolean paired = measured.size() == baseline.size();
        // Iteration i of a fork and iteration i of its pair ran one right after the other (the run measures a pair's
        // sides in turn): they are drawn together too, so what a moment of the machine did to both cancels as well.
        boolean pairedIterations = paired && java.util.stream.IntStream.range(0, measured.size())
                .allMatch(f -> measured.get(f).length == baseline.get(f).length);
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[RESAMPLES];
        int[] drawnTop = new int[measured.size()];
        int[] drawnBottom = new int[baseline.size()];
        for (int b = 0; b < RESAMPLES; b++) {
            draw(random, drawnTop);
            if (paired) {
                System.arraycopy(drawnTop, 0, drawnBottom, 0, drawnTop.length);
            } else {
                draw(random, drawnBottom);
            }
            if (pairedIterations) {
                long iterationSeed = random.nextLong();
                ratios[b] = top.resample(new SplittableRandom(iterationSeed), drawnTop)
                        / bottom.resample(new SplittableRandom(iterationSeed), drawnBottom);
            } else {
                ratios[b] = top.resample(random, drawnTop) / bottom.resample(random, drawnBottom);
            }
        }
        return interval(top.mean / bottom.mean, ratios);
    }

    /**
     * How far the drawn forks' means are spread from the grand mean: Student's t over the normal quantile, times
     * {@code √(k/(k-1))}, for {@code k} forks (2.69 for 3, 1.58 for 5, 1.22 for 10; none for one fork).
     */
    static double spread(int forks) {
        if (forks < 2) {
            return 1;
        }
        int df = forks - 1;
        double t = df <= T_975.length ? T_975[df - 1] : Z_975 + (Math.pow(Z_975, 3) + Z_975) / (4.0 * df);
        return t / Z_975 * Math.sqrt(forks / (double) df);
    }

    private static void draw(SplittableRandom random, int[] drawn) {
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = random.nextInt(drawn.length);
        }
    }

    private static Interval interval(double estimate, double[] resampled) {
        double[] sorted = resampled.clone();
        Arrays.sort(sorted);
        return new Interval(estimate, sorted[(int) Math.floor(0.025 * (sorted.length - 1))],
                sorted[(int) Math.ceil(0.975 * (sorted.length - 1))]);
    }

    /** One side's forks, with what the resampling needs of them. */
    private static final class Side {

        private final List<double[]> forks;
        private final double mean;
        /** Per fork: the factor that moves its mean to the grand mean plus its spread deviation (in log scale). */
        private final double[] scale;

        Side(List<double[]> forks) {
            if (forks.isEmpty() || forks.stream().anyMatch(f -> f.length == 0)) {
                throw new IllegalStateException("every fork needs at least one iteration");
            }
            this.forks = forks;
            this.mean = forks.stream().flatMapToDouble(Arrays::stream).average().orElseThrow();
            double spread = spread(forks.size());
            scale = new double[forks.size()];
            for (int i = 0; i < forks.size(); i++) {
                double forkMean = Arrays.stream(forks.get(i)).average().orElseThrow();
                scale[i] = Math.pow(forkMean / mean, spread - 1);
            }
        }

        /** The mean of one resample: the drawn forks, each's iterations drawn with replacement. */
        double resample(SplittableRandom random, int[] drawn) {
            double sum = 0;
            int count = 0;
            for (int f : drawn) {
                double[] iterations = forks.get(f);
                double forkSum = 0;
                for (int i = 0; i < iterations.length; i++) {
                    forkSum += iterations[random.nextInt(iterations.length)];
                }
                sum += forkSum * scale[f];
                count += iterations.length;
            }
            return sum / count;
        }
    }
}
