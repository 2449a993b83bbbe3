package io.tradestream.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TweetTextTest {
    @Test
    void theModelReadsTheWordsWithoutRetweetPrefixLinksAndLeadingHandles() {
        assertThat(
                        TweetText.forModel(
                                "RT @trader: @alice @bob Great quarter https://t.co/x8Jd2kLq for"
                                        + " www.example.com/ir"))
                .isEqualTo("Great quarter for");
    }

    @Test
    void handlesInsideTheTextKeepTheirNameSoTheSentenceStaysWhole() {
        assertThat(TweetText.forModel("Bought more after @elonmusk spoke"))
                .isEqualTo("Bought more after elonmusk spoke");
    }

    @Test
    void cashtagsBecomeANeutralNounButAmountsStay() {
        assertThat(TweetText.forModel("$AAPL and $BRK.B up, $250 target, $1.5B buyback"))
                .isEqualTo("Company and Company up, $250 target, $1.5B buyback");
    }

    @Test
    void hashtagsBecomeWordsSplitAtCapitals() {
        assertThat(TweetText.forModel("What a day #ToTheMoon #earnings"))
                .isEqualTo("What a day To The Moon earnings");
    }

    @Test
    void emojiWithTheirModifiersAreRemoved() {
        assertThat(TweetText.forModel("Love it 🚀🚀 👍🏽 ❤️ 👨‍👩‍👧 done"))
                .isEqualTo("Love it done");
    }

    @Test
    void invisibleCharactersAreRemoved() {
        assertThat(TweetText.forModel("a\u0000b\u0007c\u200Bd \uD83D e\tf\nend"))
                .isEqualTo("a b c d e f end");
    }

    @Test
    void htmlEntitiesAreDecoded() {
        assertThat(TweetText.forModel("P&amp;L &gt; 0 &amp;&amp; &quot;fine&quot; it&#39;s"))
                .isEqualTo("P&L > 0 && \"fine\" it's");
    }

    @Test
    void aTweetOfOnlyLinksHandlesAndEmojiLeavesNothingForTheModel() {
        assertThat(TweetText.forModel("@bob https://t.co/abc 🚀")).isEmpty();
    }

    @Test
    void theLexiconKeepsHashtagsAndEmojiButNotHandlesCashtagsAndLinks() {
        assertThat(
                        TweetText.forLexicon(
                                "RT @BullishBob: $BEAR #bullish 🚀 via @BearishBen"
                                        + " https://bullish.example"))
                .isEqualTo("#bullish 🚀 via");
    }
}
