package io.tradestream.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.tradestream.job.io.ProductionOutputs;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.api.dag.Transformation;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.transformations.PartitionTransformation;
import org.apache.flink.streaming.api.transformations.SideOutputTransformation;
import org.apache.flink.streaming.api.transformations.UnionTransformation;
import org.junit.jupiter.api.Test;

/**
 * Savepoint compatibility starts here: every operator of the production graph has a stable, unique
 * uid from {@link OperatorIds} and a readable name.
 */
class OperatorIdsTest {

    @Test
    void everyOperatorOfTheProductionGraphHasAUidAndAName() throws Exception {
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.getExecutionEnvironment(
                        TradeStreamJob.jobConfiguration(Duration.ofSeconds(10)));
        JobSettings settings = JobSettings.parse();
        TradeStreamGraph.build(
                env,
                new KafkaInputs(settings),
                new ProductionOutputs(settings),
                GraphSettings.from(settings));

        List<String> uids = new ArrayList<>();
        for (Transformation<?> operator : operators(env)) {
            assertThat(operator.getUid()).as("uid of '%s'", operator.getName()).isNotNull();
            assertThat(operator.getName())
                    .as("name of %s", operator.getUid())
                    .isNotBlank()
                    .doesNotStartWith("Map")
                    .doesNotStartWith("Filter");
            uids.add(operator.getUid());
        }

        assertThat(uids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(declaredIds());
    }

    /**
     * Every transformation that becomes an operator; partitioning, unions and side outputs don't.
     */
    private static Set<Transformation<?>> operators(StreamExecutionEnvironment env) {
        Set<Transformation<?>> operators = new LinkedHashSet<>();
        for (Transformation<?> sink : env.getTransformations()) {
            for (Transformation<?> transformation : sink.getTransitivePredecessors()) {
                if (!(transformation instanceof PartitionTransformation
                        || transformation instanceof UnionTransformation
                        || transformation instanceof SideOutputTransformation)) {
                    operators.add(transformation);
                }
            }
        }
        return operators;
    }

    private static List<String> declaredIds() throws IllegalAccessException {
        List<String> ids = new ArrayList<>();
        for (Field field : OperatorIds.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                ids.add((String) field.get(null));
            }
        }
        return ids;
    }
}
