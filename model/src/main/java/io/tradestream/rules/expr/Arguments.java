package io.tradestream.rules.expr;

/**
 * The checked arguments of one function call, by parameter index: a window in milliseconds or a
 * count for whole-number parameters, a literal for a constant, a compiled expression for a number.
 */
final class Arguments {
    private final long[] wholes;
    private final double[] constants;
    private final NumberNode[] numbers;

    Arguments(int arity) {
        wholes = new long[arity];
        constants = new double[arity];
        numbers = new NumberNode[arity];
    }

    void setWhole(int index, long value) {
        wholes[index] = value;
    }

    void setConstant(int index, double value) {
        constants[index] = value;
    }

    void setNumber(int index, NumberNode number) {
        numbers[index] = number;
    }

    long window(int index) {
        return wholes[index];
    }

    int count(int index) {
        return (int) wholes[index];
    }

    double constant(int index) {
        return constants[index];
    }

    NumberNode number(int index) {
        return numbers[index];
    }
}
