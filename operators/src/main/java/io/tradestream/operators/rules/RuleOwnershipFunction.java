package io.tradestream.operators.rules;

import io.tradestream.model.Payloads;
import io.tradestream.model.rules.RuleAction;
import io.tradestream.model.rules.RuleChange;
import io.tradestream.model.rules.RuleCommand;
import io.tradestream.model.rules.RuleRejection;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.types.Either;
import org.apache.flink.util.Collector;

/**
 * Keyed by rule id: the first user to create a rule id owns it, and a request from anyone else
 * about that id is refused without saying whose it is. Every request passes on to the per-user
 * admission, refused ones (here or by the parser) as a rejection.
 */
public class RuleOwnershipFunction
        extends KeyedProcessFunction<
                String, Either<RuleRejection, RuleChange>, Either<RuleRejection, RuleChange>> {
    private static final long serialVersionUID = 1L;

    /** The owner of the rule id that is the current key. */
    public static final ValueStateDescriptor<String> OWNER =
            new ValueStateDescriptor<>("rule-owner", Types.STRING);

    private transient ValueState<String> owners;

    @Override
    public void open(OpenContext openContext) {
        owners = getRuntimeContext().getState(OWNER);
    }

    @Override
    public void processElement(
            Either<RuleRejection, RuleChange> request,
            Context ctx,
            Collector<Either<RuleRejection, RuleChange>> out)
            throws Exception {
        if (request.isLeft()) {
            out.collect(request);
            return;
        }
        RuleChange change = request.right();
        RuleCommand command = change.command();
        String owner = owners.value();
        if (owner == null && command.action() == RuleAction.UPSERT) {
            owners.update(command.owner());
        } else if (owner != null && !owner.equals(command.owner())) {
            out.collect(
                    Either.Left(
                            new RuleRejection(
                                    command.owner(),
                                    command.id(),
                                    "rule id '"
                                            + command.id()
                                            + "' belongs to another user; choose another id",
                                    Payloads.excerpt(change.definitionJson()),
                                    change.sourceTopic(),
                                    change.partition(),
                                    change.offset())));
            return;
        }
        out.collect(request);
    }
}
