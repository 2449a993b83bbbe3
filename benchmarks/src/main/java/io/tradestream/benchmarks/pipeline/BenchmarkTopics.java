package io.tradestream.benchmarks.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's own topics, named {@code <prefix>-trades} and so on, so that it never mixes with
 * another job's records on the same broker.
 */
record BenchmarkTopics(String prefix) {
    /** Market data and tweets over four partitions, as on the local stack; the rest one each. */
    Map<String, Integer> partitionsByTopic() {
        Map<String, Integer> topics = new LinkedHashMap<>();
        topics.put(trades(), 4);
        topics.put(quotes(), 4);
        topics.put(tweets(), 4);
        topics.put(alerts(), 4);
        for (String single : List.of(rules(), keywords(), deadLetters(), ruleRejections())) {
            topics.put(single, 1);
        }
        return topics;
    }

    /** The job settings that point the job at these topics. */
    List<String> jobSettings() {
        return List.of(
                "--topic.trades", trades(),
                "--topic.quotes", quotes(),
                "--topic.tweets", tweets(),
                "--topic.rules", rules(),
                "--topic.ticker-keywords", keywords(),
                "--topic.alerts", alerts(),
                "--topic.dead-letters", deadLetters(),
                "--topic.rule-rejections", ruleRejections());
    }

    String trades() {
        return prefix + "-trades";
    }

    String quotes() {
        return prefix + "-quotes";
    }

    String tweets() {
        return prefix + "-tweets";
    }

    String rules() {
        return prefix + "-rules";
    }

    String keywords() {
        return prefix + "-ticker-keywords";
    }

    String alerts() {
        return prefix + "-alerts";
    }

    String deadLetters() {
        return prefix + "-dead-letters";
    }

    String ruleRejections() {
        return prefix + "-rule-rejections";
    }
}
