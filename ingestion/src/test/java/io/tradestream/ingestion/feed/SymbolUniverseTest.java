package io.tradestream.ingestion.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.model.Symbols;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolUniverseTest {

    @Test
    void wellKnownTickersComeFirst() {
        assertThat(SymbolUniverse.of(3)).containsExactly("AAPL", "MSFT", "NVDA");
    }

    @Test
    void theLargestUniverseIsUniqueAndValid() {
        List<String> symbols = SymbolUniverse.of(SymbolUniverse.MAX_SIZE);
        assertThat(symbols).hasSize(100_000).doesNotHaveDuplicates();
        assertThat(symbols).allMatch(s -> s.matches("[A-Z]{1,5}") && Symbols.isValid(s));
    }

    @Test
    void aSmallerUniverseIsAPrefixOfALargerOne() {
        assertThat(SymbolUniverse.of(5_000))
                .startsWith(SymbolUniverse.of(3_200).toArray(String[]::new));
        assertThat(SymbolUniverse.of(3_200)).isEqualTo(SymbolUniverse.of(3_200));
    }

    @Test
    void rejectsSizesOutOfRange() {
        assertThatThrownBy(() -> SymbolUniverse.of(0))
                .hasMessage("universe size must be 1 to 100000");
        assertThatThrownBy(() -> SymbolUniverse.of(100_001))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
