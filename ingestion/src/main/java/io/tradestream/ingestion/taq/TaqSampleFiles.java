package io.tradestream.ingestion.taq;

import java.nio.file.Path;

/**
 * A sample trading day written by {@link TaqSampleWriter}.
 *
 * @param trades the trade file
 * @param quotes the quote file
 * @param tradeCount trades in it
 * @param quoteCount quotes in it
 */
public record TaqSampleFiles(Path trades, Path quotes, long tradeCount, long quoteCount) {}
