package io.tradestream.model.trading;

/** Which way an order or fill goes. */
public enum Side {
    BUY,
    SELL;

    /** The side that closes a position of {@code signedQuantity} shares (negative for a short). */
    public static Side closing(long signedQuantity) {
        return signedQuantity > 0 ? SELL : BUY;
    }

    /** {@code quantity} with this side's sign: positive for a buy, negative for a sell. */
    public long signed(long quantity) {
        return this == BUY ? quantity : -quantity;
    }

    /** The side in lower case, as traders write it in messages. */
    String word() {
        return this == BUY ? "buy" : "sell";
    }
}
