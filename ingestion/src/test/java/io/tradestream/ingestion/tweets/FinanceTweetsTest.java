package io.tradestream.ingestion.tweets;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.model.tweets.KeywordDictionary;
import io.tradestream.model.tweets.TickerExtractor;
import io.tradestream.model.tweets.Tweet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FinanceTweetsTest {
    private static final TickerExtractor TICKERS =
            new TickerExtractor(KeywordDictionary.defaults());

    @Test
    void theSameSeedGivesTheSameTweets() {
        assertThat(tweets(7, 200)).isEqualTo(tweets(7, 200));
        assertThat(tweets(7, 200)).isNotEqualTo(tweets(8, 200));
    }

    @Test
    void tweetsMentionTheirStockByCashtagOrNameAndCarryWhatRealTweetsCarry() {
        List<Tweet> tweets = tweets(3, 2_000);

        long withTicker = tweets.stream().filter(t -> !TICKERS.extract(t.text()).isEmpty()).count();
        long byNameOnly =
                tweets.stream()
                        .filter(
                                t ->
                                        !t.text().contains("$")
                                                && !TICKERS.extract(t.text()).isEmpty())
                        .count();
        assertThat(withTicker).isBetween(1_700L, 1_900L); // about 10 % name no stock
        assertThat(byNameOnly).isGreaterThan(300);
        assertThat(tweets).filteredOn(Tweet::retweet).allMatch(t -> t.text().startsWith("RT @"));
        assertThat(tweets.stream().filter(Tweet::retweet).count()).isBetween(100L, 260L);
        assertThat(tweets).anyMatch(t -> t.text().contains("https://t.co/"));
        assertThat(tweets).anyMatch(t -> t.text().contains("#"));
        assertThat(tweets).anyMatch(t -> t.text().contains("\uD83D\uDE80"));
        assertThat(tweets).anyMatch(t -> t.text().contains("\uD83D\uDCC9"));
        // Only the listed symbols are mentioned.
        assertThat(tweets.stream().flatMap(t -> TICKERS.extract(t.text()).stream()).distinct())
                .allMatch(List.of("AAPL", "TSLA", "BRK.B")::contains);
    }

    @Test
    void idsAreUniqueAndTimesAreTheOnesAskedFor() {
        FinanceTweets generator = new FinanceTweets(List.of("AAPL"), 1);
        Tweet first = generator.next(1_000);
        Tweet second = generator.next(2_000);

        assertThat(first.id()).isEqualTo(Long.toString(FinanceTweets.FIRST_ID)).hasSize(19);
        assertThat(second.id()).isEqualTo(Long.toString(FinanceTweets.FIRST_ID + 1));
        assertThat(second.timestamp()).isEqualTo(2_000);
    }

    private static List<Tweet> tweets(long seed, int count) {
        FinanceTweets generator = new FinanceTweets(List.of("AAPL", "TSLA", "BRK.B"), seed);
        List<Tweet> tweets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tweets.add(generator.next(i * 200L));
        }
        return tweets;
    }
}
