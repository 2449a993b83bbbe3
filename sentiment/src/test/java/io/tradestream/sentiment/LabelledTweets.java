package io.tradestream.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled finance tweets of {@value #RESOURCE}, one JSON object per line with {@code text} and
 * {@code label} (positive, negative or neutral). Odd lines (1, 3, ...) are the development half,
 * used to tune the finance lexicon; even lines are the held-out half, only ever evaluated.
 */
final class LabelledTweets {
    static final String RESOURCE = "labelled-finance-tweets.jsonl";

    record LabelledTweet(String text, SentimentLabel label) {}

    private LabelledTweets() {}

    static List<LabelledTweet> developmentHalf() {
        return half(0);
    }

    static List<LabelledTweet> heldOutHalf() {
        return half(1);
    }

    private static List<LabelledTweet> half(int parity) {
        List<LabelledTweet> all = all();
        List<LabelledTweet> half = new ArrayList<>();
        for (int i = parity; i < all.size(); i += 2) {
            half.add(all.get(i));
        }
        return half;
    }

    static List<LabelledTweet> all() {
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = LabelledTweets.class.getResourceAsStream(RESOURCE)) {
            List<LabelledTweet> tweets = new ArrayList<>();
            for (String line :
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                            .lines()
                            .toList()) {
                JsonNode node = json.readTree(line);
                tweets.add(
                        new LabelledTweet(
                                node.get("text").asText(),
                                SentimentLabel.valueOf(node.get("label").asText().toUpperCase())));
            }
            return tweets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
