package io.tradestream.operators.ingest;

import io.tradestream.model.DeadLetter;
import io.tradestream.model.MarketEvent;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleRejection;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.EitherTypeInfo;
import org.apache.flink.types.Either;

/** Flink type information of the parsed input streams: a refusal on the left, a value right. */
public final class RecordTypes {
    private RecordTypes() {}

    public static TypeInformation<Either<DeadLetter, MarketEvent>> marketRecords() {
        return new EitherTypeInfo<>(
                TypeInformation.of(DeadLetter.class), TypeInformation.of(MarketEvent.class));
    }

    public static TypeInformation<Either<RuleRejection, RuleChange>> ruleRecords() {
        return new EitherTypeInfo<>(
                TypeInformation.of(RuleRejection.class), TypeInformation.of(RuleChange.class));
    }
}
