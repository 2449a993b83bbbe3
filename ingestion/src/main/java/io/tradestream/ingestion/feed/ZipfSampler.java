package io.tradestream.ingestion.feed;

/**
 * Draws ranks 1..n with probability proportional to {@code rank^-exponent} (Zipf's law), by
 * inverting the cumulative distribution with a binary search.
 */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int n, double exponent) {
        double[] weights = new double[n];
        double total = 0;
        for (int rank = 1; rank <= n; rank++) {
            weights[rank - 1] = Math.pow(rank, -exponent);
            total += weights[rank - 1];
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += weights[i];
            cumulative[i] = sum / total;
        }
        // Rounding must not leave a sliver of [0, 1) without a rank.
        cumulative[n - 1] = 1.0;
    }

    /** The probability of {@code rank}. */
    double probability(int rank) {
        return rank == 1 ? cumulative[0] : cumulative[rank - 1] - cumulative[rank - 2];
    }

    /**
     * @param uniform a uniform draw from [0, 1)
     * @return the rank, 1 to n
     */
    int rank(double uniform) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (cumulative[middle] > uniform) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low + 1;
    }
}
