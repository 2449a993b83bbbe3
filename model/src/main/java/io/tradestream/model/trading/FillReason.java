package io.tradestream.model.trading;

/** Why a fill happened. */
public enum FillReason {
    /** The strategy's own order, placed when its condition fired. */
    SIGNAL,
    STOP_LOSS,
    TAKE_PROFIT,
    MAX_HOLDING,
    /** The strategy was deleted: its position is closed at market. */
    LIQUIDATION
}
