package dev.crmkit.casework;

import dev.crmkit.common.InvalidCommandException;
import java.util.List;
import java.util.Optional;

/**
 * The satisfaction (CSAT) scores of some answers: how many gave each score, their mean and its 95% confidence
 * interval.
 *
 * <p>The interval is Student's t interval on the sample: {@code mean ± t(0.975; n − 1) · s / √n}, where {@code s} is
 * the sample standard deviation (divided by {@code n − 1}) and {@code t(0.975; n − 1)} the 97.5th percentile of
 * Student's t distribution with {@code n − 1} degrees of freedom. It is not clipped to the 1–5 scale. With no answer
 * there is no mean; with one answer there is a mean but no interval.
 *
 * @param distribution how many answers gave 1, 2, 3, 4 and 5, in that order
 * @param mean the mean score, or {@code null} without answers
 * @param lower the interval's lower end, or {@code null} with fewer than two answers
 * @param upper the interval's upper end, or {@code null} with fewer than two answers
 */
public record CsatScore(List<Long> distribution, Double mean, Double lower, Double upper) {

    /** Copies the distribution. */
    public CsatScore {
        distribution = List.copyOf(distribution);
        if (distribution.size() != 5) {
            throw InvalidCommandException.single("distribution", "Size", 5);
        }
    }

    /**
     * The scores of a distribution, with the mean and interval computed from it.
     *
     * @param distribution how many answers gave 1 to 5
     * @return the scores
     */
    public static CsatScore of(List<Long> distribution) {
        long n = 0;
        double sum = 0;
        double squares = 0;
        for (int score = 1; score <= 5; score++) {
            long count = distribution.get(score - 1);
            n += count;
            sum += (double) score * count;
            squares += (double) score * score * count;
        }
        if (n == 0) {
            return new CsatScore(distribution, null, null, null);
        }
        double mean = sum / n;
        if (n == 1) {
            return new CsatScore(distribution, mean, null, null);
        }
        // Sum of squared deviations from the sums, never negative for rounding's sake.
        double variance = Math.max(0, (squares - n * mean * mean) / (n - 1));
        double half = StudentT.quantile975(n - 1) * Math.sqrt(variance / n);
        return new CsatScore(distribution, mean, mean - half, mean + half);
    }

    /** @return how many answers there are */
    public long count() {
        return distribution.stream().mapToLong(Long::longValue).sum();
    }

    /** @return the mean score, if there are answers */
    public Optional<Double> average() {
        return Optional.ofNullable(mean);
    }
}
