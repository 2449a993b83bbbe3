package io.tradestream.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tradestream.stack.junit.LocalStackExtension;
import io.tradestream.stack.junit.RequiresStack;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A class can ask {@link LocalStackExtension} for part of the stack. */
@ExtendWith(LocalStackExtension.class)
@RequiresStack(components = Component.KAFKA)
class KafkaOnlyStackIT {

    @Test
    void getsAStackOfOnlyKafka(LocalStack stack) {
        assertThat(stack.components()).isEqualTo(EnumSet.of(Component.KAFKA));
        assertThat(stack.status().components())
                .singleElement()
                .satisfies(
                        kafka -> {
                            assertThat(kafka.component()).isEqualTo(Component.KAFKA);
                            assertThat(kafka.ready()).isTrue();
                        });
        assertThatThrownBy(stack::flink)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("FLINK is not part of this stack [KAFKA]");
    }
}
