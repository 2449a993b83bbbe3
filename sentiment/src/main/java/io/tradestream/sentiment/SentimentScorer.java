package io.tradestream.sentiment;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * Scores the sentiment of tweets with Stanford CoreNLP's sentiment model (a recursive neural tensor
 * network over a parse tree), corrected by a {@link FinanceAdjustment}.
 *
 * <p><b>Pipeline.</b> The fastest configuration that still yields the model's sentiment: the tweet,
 * cleaned by {@link TweetText#forModel}, is tokenized as one sentence, then tagged, parsed by the
 * shift-reduce parser (not the PCFG parser, which is ~30 times slower with second-long outliers)
 * without building dependency graphs, and scored. Only the first {@value #MAX_TOKENS} tokens are
 * read: a longer text (rare within 280 characters) is cut after its {@value #MAX_TOKENS}th token
 * and marked {@link TweetSentiment#truncated()}, which bounds the time per tweet; the finance
 * lexicon still reads the whole tweet. The model files come from {@code
 * tradestream-sentiment-models}.
 *
 * <p><b>Cost.</b> The first scorer in a JVM loads the models: about 7 s and 640 MiB of heap. Later
 * scorers share them through CoreNLP's static annotator pool and are created in milliseconds, so a
 * Flink function creates one in {@code open()}. Scoring is CPU-bound, a few milliseconds per tweet
 * once warm (CoreNLP gets faster over its first thousand or so texts).
 *
 * <p><b>Threads.</b> A scorer holds no state between calls, but CoreNLP does not promise that its
 * pipelines may be used by several threads at once: use one scorer per thread (per Flink task).
 */
public final class SentimentScorer {
    /** The longest token sequence the parser reads; the rest of a longer tweet is ignored. */
    public static final int MAX_TOKENS = 80;

    /** Counts tokens and finds where the first {@value #MAX_TOKENS} end. */
    private final StanfordCoreNLP tokenizer;

    /** Reads the (cut) tweet as one sentence: tokenize, tag, parse, score. */
    private final StanfordCoreNLP analyzer;

    private final FinanceAdjustment adjustment;

    /** A scorer with the bundled finance lexicon. */
    public SentimentScorer() {
        this(FinanceAdjustment.withBundledLexicon());
    }

    public SentimentScorer(FinanceAdjustment adjustment) {
        this.adjustment = Objects.requireNonNull(adjustment);
        this.tokenizer = new StanfordCoreNLP(tokenizerProperties());
        this.analyzer = new StanfordCoreNLP(analyzerProperties());
    }

    /**
     * The sentiment of a tweet as posted (with links, handles, cashtags, hashtags, emoji). Any text
     * is scored; one without words is neutral to the model.
     */
    public TweetSentiment score(String tweet) {
        Objects.requireNonNull(tweet, "tweet");
        ModelReading model = readWithModel(TweetText.forModel(tweet));
        LexiconReading lexicon = adjustment.read(tweet);
        double modelScore = model.classes().score();
        return new TweetSentiment(
                adjustment.adjust(modelScore, lexicon),
                modelScore,
                model.classes(),
                lexicon.score(),
                lexicon.matches().size(),
                model.truncated());
    }

    private record ModelReading(SentimentClasses classes, boolean truncated) {}

    private ModelReading readWithModel(String text) {
        Annotation tokenized = new Annotation(text);
        tokenizer.annotate(tokenized);
        List<CoreLabel> tokens = tokenized.get(CoreAnnotations.TokensAnnotation.class);
        // Text without tokens (empty, spaces, control characters) has nothing to parse, and the
        // one-sentence splitter of the analyzer refuses it.
        if (tokens.isEmpty()) {
            return new ModelReading(SentimentClasses.CERTAINLY_NEUTRAL, false);
        }
        boolean truncated = tokens.size() > MAX_TOKENS;
        String parsed =
                truncated ? text.substring(0, tokens.get(MAX_TOKENS - 1).endPosition()) : text;
        Annotation document = new Annotation(parsed);
        analyzer.annotate(document);
        CoreMap sentence = document.get(CoreAnnotations.SentencesAnnotation.class).get(0);
        SimpleMatrix p =
                RNNCoreAnnotations.getPredictions(
                        sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class));
        return new ModelReading(
                new SentimentClasses(p.get(0), p.get(1), p.get(2), p.get(3), p.get(4)), truncated);
    }

    private static Properties tokenizerProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize");
        return props;
    }

    private static Properties analyzerProperties() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,pos,parse,sentiment");
        props.setProperty("ssplit.isOneSentence", "true");
        props.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
        props.setProperty("parse.buildgraphs", "false");
        props.setProperty("parse.maxlen", Integer.toString(MAX_TOKENS));
        return props;
    }
}
