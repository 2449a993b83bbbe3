package io.tradestream.model.engine;

/** Receives the rules that fire, in the order they fire. */
@FunctionalInterface
public interface RuleFirings {
    void fired(CompiledRule rule, long timestamp);
}
