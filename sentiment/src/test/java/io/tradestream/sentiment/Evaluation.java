package io.tradestream.sentiment;

import java.util.Locale;

/** Accuracy, macro-F1 and the confusion matrix of predicted against true labels. */
final class Evaluation {
    private static final SentimentLabel[] LABELS = SentimentLabel.values();

    /** counts[true label][predicted label] */
    private final int[][] counts = new int[LABELS.length][LABELS.length];

    private int total;

    void add(SentimentLabel truth, SentimentLabel predicted) {
        counts[truth.ordinal()][predicted.ordinal()]++;
        total++;
    }

    double accuracy() {
        int correct = 0;
        for (SentimentLabel label : LABELS) {
            correct += counts[label.ordinal()][label.ordinal()];
        }
        return (double) correct / total;
    }

    /** The mean over the labels of F1, the harmonic mean of precision and recall. */
    double macroF1() {
        double sum = 0;
        for (SentimentLabel label : LABELS) {
            int i = label.ordinal();
            int truePositives = counts[i][i];
            int predicted = 0;
            int actual = 0;
            for (int j = 0; j < LABELS.length; j++) {
                predicted += counts[j][i];
                actual += counts[i][j];
            }
            sum += truePositives == 0 ? 0 : 2.0 * truePositives / (predicted + actual);
        }
        return sum / LABELS.length;
    }

    String report(String title) {
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "%s: accuracy %.3f, macro-F1 %.3f (%d tweets)%n"
                                        + "  true \\ predicted  negative  neutral  positive%n",
                                title,
                                accuracy(),
                                macroF1(),
                                total));
        for (SentimentLabel truth : LABELS) {
            out.append(
                    String.format(Locale.ROOT, "  %-17s", truth.name().toLowerCase(Locale.ROOT)));
            for (SentimentLabel predicted : LABELS) {
                out.append(
                        String.format(
                                Locale.ROOT, " %9d", counts[truth.ordinal()][predicted.ordinal()]));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
