package io.tradestream.job;

import io.tradestream.model.Quote;
import io.tradestream.model.Trade;
import io.tradestream.model.json.MarketJson;
import io.tradestream.model.json.TweetJson;
import io.tradestream.model.tweets.Tweet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Eight minutes of trading in six symbols (a quote and a trade per symbol and second on a seeded
 * random walk), tweets about two of them, and rules of every kind: alerts, a watchlist, and
 * strategies with market, limit and trailing orders, shorts and every exit. Written as backtest
 * files, split into any number of partitions.
 */
final class TradingScenario {
    static final long T0 = Instant.parse("2026-11-23T14:30:00Z").toEpochMilli();
    static final String[] SYMBOLS = {"AAPL", "MSFT", "NVDA", "TSLA", "AMD", "IBM"};
    private static final double[] START = {190, 410, 480, 240, 160, 220};
    private static final int SECONDS = 8 * 60;

    static final List<String> RULES =
            List.of(
                    "{'id':'apple-200','owner':'alice','kind':'alert','symbols':['AAPL'],"
                            + "'when':'price crosses_above 190.5','version':1}",
                    "{'id':'movers','owner':'alice','kind':'watchlist',"
                            + "'symbols':['AAPL','MSFT','NVDA','TSLA','AMD','IBM'],"
                            + "'threshold_pct':0.3,'window':'1m','cooldown':'1m','version':1}",
                    "{'id':'hot','owner':'bob','kind':'alert','symbols':['MSFT','NVDA'],"
                            + "'when':'rsi(5) > 70','frequency':'once_per_bar','version':1}",
                    "{'id':'wide','owner':'bob','kind':'alert','symbols':['TSLA'],"
                            + "'when':'spread / price * 10000 > 9','cooldown':'30s','version':1}",
                    "{'id':'golden','owner':'carol','kind':'strategy',"
                            + "'symbols':['AAPL','MSFT','NVDA'],"
                            + "'when':'sma(1m) crosses_above sma(3m)','version':1,"
                            + "'order':{'side':'buy','qty':50,'type':'market'},"
                            + "'exit':{'stop_loss_pct':0.3,'take_profit_pct':0.3,"
                            + "'max_holding':'2m'},"
                            + "'costs':{'slippage_bps':2,'commission_per_share':0.005,"
                            + "'commission_min':1}}",
                    "{'id':'oversold','owner':'carol','kind':'strategy',"
                            + "'symbols':['TSLA','AMD','IBM'],'when':'rsi(5) < 30','version':1,"
                            + "'order':{'side':'buy','qty':20,'type':'limit','limit_pct':0.05,"
                            + "'tif':'day'},'exit':{'take_profit_pct':0.25,'stop_loss_pct':0.25}}",
                    "{'id':'fade','owner':'dave','kind':'strategy','symbols':['NVDA','TSLA'],"
                            + "'when':'change_pct(30s) crosses_below -0.15','version':1,"
                            + "'order':{'side':'sell','qty':30,'type':'market'},'allow_short':true,"
                            + "'exit':{'take_profit_pct':0.2,'stop_loss_pct':0.2}}",
                    "{'id':'trail','owner':'dave','kind':'strategy','symbols':['AMD','IBM'],"
                            + "'when':'price crosses_above vwap(3m)','version':1,"
                            + "'order':{'side':'buy','qty':10,'type':'trailing_stop',"
                            + "'trail_pct':0.05},'exit':{'max_holding':'90s'}}",
                    "{'id':'buzz','owner':'erin','kind':'strategy','symbols':['AAPL','TSLA'],"
                            + "'when':'sentiment(1m) > 0.2 and tweet_count(1m) >= 2','version':1,"
                            + "'order':{'side':'buy','qty':15,'type':'market'},"
                            + "'exit':{'stop_loss_pct':0.2,'take_profit_pct':0.2}}");

    private static final String[] TWEETS = {
        "$AAPL crushed earnings, to the moon",
        "Apple upgraded to buy, very bullish",
        "$TSLA deliveries beat, strong quarter, buying more",
        "$TSLA great guidance, bullish",
    };

    private TradingScenario() {}

    /** Writes the scenario as backtest files, each topic split into {@code partitions} files. */
    static Path write(Path folder, int partitions) throws IOException {
        List<List<String>> trades = split(partitions);
        List<List<String>> quotes = split(partitions);
        Random random = new Random(11);
        double[] prices = START.clone();
        long event = 0;
        for (int second = 0; second < SECONDS; second++) {
            for (int s = 0; s < SYMBOLS.length; s++) {
                prices[s] =
                        Math.round(prices[s] * (1 + random.nextGaussian() * 0.0008) * 100) / 100.0;
                double spread = 0.01 + random.nextInt(20) / 100.0;
                long time = T0 + second * 1_000L + random.nextInt(900);
                double bid = prices[s] - spread / 2;
                quotes.get(partition(event++, partitions))
                        .add(
                                MarketJson.toJson(
                                        new Quote(
                                                SYMBOLS[s],
                                                time,
                                                round(bid),
                                                100,
                                                round(bid + spread),
                                                200)));
                trades.get(partition(event++, partitions))
                        .add(
                                MarketJson.toJson(
                                        new Trade(
                                                SYMBOLS[s],
                                                time + 50,
                                                prices[s],
                                                10 + random.nextInt(90))));
            }
        }
        writeTopic(folder, "trades", trades);
        writeTopic(folder, "quotes", quotes);
        writeTopic(folder, "tweets", List.of(tweets()));
        writeTopic(folder, "rules", List.of(rules()));
        return folder;
    }

    private static List<String> tweets() {
        List<String> tweets = new ArrayList<>();
        for (int minute = 2; minute < 6; minute++) {
            for (int i = 0; i < TWEETS.length; i++) {
                long time = T0 + minute * 60_000L + i * 7_000L;
                tweets.add(
                        new String(
                                TweetJson.write(
                                        new Tweet(
                                                Long.toString(minute * 100L + i),
                                                time,
                                                TWEETS[i],
                                                "42",
                                                "en",
                                                false)),
                                StandardCharsets.UTF_8));
            }
        }
        return tweets;
    }

    private static List<String> rules() {
        return RULES.stream().map(rule -> rule.replace('\'', '"')).toList();
    }

    /** Scatters a symbol's events over the partitions, as a producer without keys would. */
    private static int partition(long event, int partitions) {
        return Math.floorMod(event * 2_654_435_761L >>> 7, partitions);
    }

    private static double round(double price) {
        return Math.round(price * 100) / 100.0;
    }

    private static List<List<String>> split(int partitions) {
        List<List<String>> lists = new ArrayList<>();
        for (int i = 0; i < partitions; i++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static void writeTopic(Path folder, String topic, List<List<String>> partitions)
            throws IOException {
        Path topicFolder = Files.createDirectories(folder.resolve(topic));
        for (int i = 0; i < partitions.size(); i++) {
            Files.write(topicFolder.resolve("part-" + i + ".jsonl"), partitions.get(i));
        }
    }
}
