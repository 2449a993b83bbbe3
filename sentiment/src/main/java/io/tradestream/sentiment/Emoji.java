package io.tradestream.sentiment;

/** Which code points make up emoji, for readers that drop them or read them as words. */
final class Emoji {
    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int COMBINING_KEYCAP = 0x20E3;

    private Emoji() {}

    /**
     * An emoji picture, or a part that only modifies one: joiner, variation selector, skin tone.
     */
    static boolean isPart(int codePoint) {
        return isPicture(codePoint) || isModifier(codePoint);
    }

    /** A code point that shows a picture of its own, such as 🚀 or 🐻. */
    static boolean isPicture(int codePoint) {
        return Character.getType(codePoint) == Character.OTHER_SYMBOL;
    }

    /** Joiners, variation selectors, skin tones and keycaps change how the picture before looks. */
    static boolean isModifier(int codePoint) {
        return codePoint == ZERO_WIDTH_JOINER
                || codePoint == COMBINING_KEYCAP
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
    }
}
