package io.tradestream.model.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tradestream.model.DeadLetter;
import io.tradestream.model.alerts.Alert;
import io.tradestream.model.rules.RuleRejection;
import java.nio.charset.StandardCharsets;

/** JSON written to the {@code alerts}, {@code dead-letters} and {@code rule-rejections} topics. */
public final class OutputJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private OutputJson() {}

    public static byte[] toJson(Alert alert) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", alert.id());
        node.put("user_id", alert.owner());
        node.put("rule_id", alert.ruleId());
        node.put("rule_version", alert.ruleVersion());
        node.put("symbol", alert.symbol());
        node.put("ts", alert.timestamp());
        // A rule on sentiment can fire before the symbol's first trade: its price is unknown.
        if (Double.isNaN(alert.price())) {
            node.putNull("price");
        } else {
            node.put("price", alert.price());
        }
        node.put("condition", alert.condition());
        node.put("message", alert.message());
        return bytes(node);
    }

    public static byte[] toJson(DeadLetter deadLetter) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("source_topic", deadLetter.sourceTopic());
        node.put("partition", deadLetter.partition());
        node.put("offset", deadLetter.offset());
        node.put("reason", deadLetter.reason());
        node.put("payload", deadLetter.payload());
        node.put("payload_bytes", deadLetter.payloadBytes());
        node.put("payload_truncated", deadLetter.payloadTruncated());
        return bytes(node);
    }

    public static byte[] toJson(RuleRejection rejection) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("user_id", rejection.owner());
        node.put("rule_id", rejection.ruleId());
        node.put("reason", rejection.reason());
        node.put("payload", rejection.payload());
        node.put("source_topic", rejection.sourceTopic());
        node.put("partition", rejection.partition());
        node.put("offset", rejection.offset());
        return bytes(node);
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
