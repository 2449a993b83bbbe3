package io.tradestream.rules.expr;

/**
 * The checked arguments of one function call, by parameter index: a window in milliseconds for a
 * window parameter, a compiled expression for a number parameter.
 */
final class Arguments {
    private final long[] windowMillis;
    private final NumberNode[] numbers;

    Arguments(int arity) {
        windowMillis = new long[arity];
        numbers = new NumberNode[arity];
    }

    void setWindow(int index, long millis) {
        windowMillis[index] = millis;
    }

    void setNumber(int index, NumberNode number) {
        numbers[index] = number;
    }

    long window(int index) {
        return windowMillis[index];
    }

    NumberNode number(int index) {
        return numbers[index];
    }
}
