package io.tradestream.sentiment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans tweet text for the two readers of a tweet: the CoreNLP model, which was trained on edited
 * English sentences, and the finance lexicon, which reads the words and emoji a person wrote.
 *
 * <p>Neither reader should see links, reply handles or tickers: they carry no sentiment, and to the
 * model they are unknown words that bend the parse.
 */
public final class TweetText {
    /**
     * What a cashtag becomes for the model: a capitalised noun that the model reads as neutral
     * (probability 0.99 of the neutral class on its own) and that keeps the sentence grammatical
     * ("$AAPL beat" becomes "Company beat"). Lower-case "stock" is not neutral to a model trained
     * on movie reviews ("stock characters").
     */
    public static final String CASHTAG_STAND_IN = "Company";

    /**
     * A cashtag: {@code $} and a ticker of 1-5 letters with an optional class suffix ({@code
     * $BRK.B}); amounts such as {@code $250} or {@code $1.5B} are not cashtags.
     */
    public static final Pattern CASHTAG =
            Pattern.compile("(?<![\\w$])\\$([A-Za-z]{1,5}(?:\\.[A-Za-z]{1,2})?)(?![A-Za-z0-9])");

    private static final Pattern RETWEET_PREFIX = Pattern.compile("^\\s*RT\\s+@\\w+:?");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)\\S+");

    /** Reply handles at the start address people and say nothing about the content. */
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(?:\\s*@\\w+)+");

    private static final Pattern MENTION = Pattern.compile("(?<![\\w@])@(\\w+)");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\w#])#(\\w+)");
    private static final Pattern CAMEL_CASE_BOUNDARY = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TweetText() {}

    /**
     * The text the sentiment model reads: HTML entities decoded; the retweet prefix, links, leading
     * reply handles, emoji and invisible characters (controls, broken surrogates) removed; other
     * handles without their {@code @}; cashtags replaced by {@link #CASHTAG_STAND_IN}; hashtags as
     * words ({@code #ToTheMoon} becomes "To The Moon"); whitespace collapsed. Empty when nothing
     * readable is left.
     */
    public static String forModel(String tweet) {
        String text = withoutLinksAndHandles(tweet);
        text = CASHTAG.matcher(text).replaceAll(CASHTAG_STAND_IN);
        text = MENTION.matcher(text).replaceAll("$1");
        text = replaceHashtags(text);
        text = withoutEmojiAndInvisibles(text);
        return collapseWhitespace(text);
    }

    /**
     * The text the finance lexicon reads: the tweet with HTML entities decoded and without the
     * retweet prefix, links, handles and cashtags, so that neither {@code @BullishTrader} nor
     * {@code $BEAR} counts as a finance term, whitespace collapsed. Hashtags and emoji stay.
     */
    public static String forLexicon(String tweet) {
        String text = withoutLinksAndHandles(tweet);
        text = MENTION.matcher(text).replaceAll(" ");
        text = CASHTAG.matcher(text).replaceAll(" ");
        return collapseWhitespace(text);
    }

    private static String withoutLinksAndHandles(String tweet) {
        String text = decodeHtmlEntities(tweet);
        text = RETWEET_PREFIX.matcher(text).replaceFirst("");
        text = URL.matcher(text).replaceAll(" ");
        return LEADING_MENTIONS.matcher(text).replaceFirst("");
    }

    /** The entities Twitter's API escapes in tweet text. */
    private static String decodeHtmlEntities(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static String replaceHashtags(String text) {
        Matcher hashtag = HASHTAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (hashtag.find()) {
            String words = CAMEL_CASE_BOUNDARY.matcher(hashtag.group(1)).replaceAll(" ");
            hashtag.appendReplacement(out, Matcher.quoteReplacement(words));
        }
        return hashtag.appendTail(out).toString();
    }

    private static String collapseWhitespace(String text) {
        return WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    private static String withoutEmojiAndInvisibles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> out.appendCodePoint(Emoji.isPart(c) || isInvisible(c) ? ' ' : c));
        return out.toString();
    }

    /** Controls, format characters, broken surrogates and unassigned code points. */
    private static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.SURROGATE,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED ->
                    true;
            default -> false;
        };
    }
}
