package io.tradestream.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.tradestream.model.trading.OrderTemplate;
import io.tradestream.model.trading.OrderType;
import io.tradestream.model.trading.Side;
import io.tradestream.model.trading.StrategyTerms;
import io.tradestream.model.trading.TimeInForce;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrategyTermsJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void readsALimitDayOrderWithExitsCostsAndShortSelling() {
        StrategyTerms terms =
                StrategyTermsJson.parse(
                        json(
                                "{'side':'buy','qty':100,'type':'limit','limit':187.5,"
                                        + "'tif':'day'}"),
                        json("{'stop_loss_pct':2,'take_profit_pct':5,'max_holding':'30m'}"),
                        json(
                                "{'slippage_bps':5,'commission_per_share':0.005,"
                                        + "'commission_min':1}"),
                        json("true"));

        OrderTemplate order = terms.order;
        assertThat(order.side).isEqualTo(Side.BUY);
        assertThat(order.quantity).isEqualTo(100);
        assertThat(order.type).isEqualTo(OrderType.LIMIT);
        assertThat(order.limitPrice).isEqualTo(187.5);
        assertThat(order.limitOffsetPct).isNaN();
        assertThat(order.stopPrice).isNaN();
        assertThat(order.stopOffsetPct).isNaN();
        assertThat(order.trailPct).isNaN();
        assertThat(order.timeInForce).isEqualTo(TimeInForce.DAY);
        assertThat(terms.exit.stopLossPct).isEqualTo(2);
        assertThat(terms.exit.takeProfitPct).isEqualTo(5);
        assertThat(terms.exit.maxHoldingMillis).isEqualTo(1_800_000);
        assertThat(terms.costs.slippageBps).isEqualTo(5);
        assertThat(terms.costs.commissionPerShare).isEqualTo(0.005);
        assertThat(terms.costs.commissionMinimum).isEqualTo(1);
        assertThat(terms.allowShort).isTrue();
    }

    @Test
    void readsAStopLimitWithOffsets() {
        OrderTemplate order =
                StrategyTermsJson.parse(
                                json(
                                        "{'side':'sell','qty':5,'type':'stop_limit',"
                                                + "'stop_pct':1,'limit_pct':1.5}"),
                                null,
                                null,
                                null)
                        .order;

        assertThat(order.type).isEqualTo(OrderType.STOP_LIMIT);
        assertThat(order.stopOffsetPct).isEqualTo(1);
        assertThat(order.limitOffsetPct).isEqualTo(1.5);
        assertThat(order.stopPrice).isNaN();
        assertThat(order.limitPrice).isNaN();
    }

    @Test
    void readsATrailingStop() {
        OrderTemplate order =
                StrategyTermsJson.parse(
                                json(
                                        "{'side':'sell','qty':5,'type':'trailing_stop','trail_pct':3}"),
                                null,
                                null,
                                null)
                        .order;

        assertThat(order.type).isEqualTo(OrderType.TRAILING_STOP);
        assertThat(order.trailPct).isEqualTo(3);
    }

    @Test
    void anOrderAloneIsAGoodTillCancelledMarketOrderWithoutExitsCostsOrShorts() {
        StrategyTerms terms =
                StrategyTermsJson.parse(
                        json("{'side':'sell','qty':10}"),
                        NullNode.getInstance(),
                        null,
                        NullNode.getInstance());

        assertThat(terms.order.type).isEqualTo(OrderType.MARKET);
        assertThat(terms.order.timeInForce).isEqualTo(TimeInForce.GTC);
        assertThat(terms.exit.stopLossPct).isNaN();
        assertThat(terms.exit.takeProfitPct).isNaN();
        assertThat(terms.exit.maxHoldingMillis).isZero();
        assertThat(terms.costs.slippageBps).isZero();
        assertThat(terms.costs.commissionPerShare).isZero();
        assertThat(terms.costs.commissionMinimum).isZero();
        assertThat(terms.allowShort).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "no order|-|-|-|-|missing required field 'order'",
                "order not an object|\"buy\"|-|-|-|field 'order' must be an object, got string"
                        + " \"buy\"",
                "unknown order field|{'side':'buy','qty':1,'lmt':2}|-|-|-"
                        + "|unknown field(s) [order.lmt]; allowed fields in 'order' are [limit,"
                        + " limit_pct, qty, side, stop, stop_pct, tif, trail_pct, type]",
                "no side|{'qty':1}|-|-|-|missing required field 'order.side'",
                "bad side|{'side':'long','qty':1}|-|-|-|field 'order.side' must be one of buy,"
                        + " sell, got string \"long\"",
                "bad type|{'side':'buy','qty':1,'type':'iceberg'}|-|-|-|field 'order.type' must"
                        + " be one of market, limit, stop, stop_limit, trailing_stop, got string"
                        + " \"iceberg\"",
                "bad tif|{'side':'buy','qty':1,'tif':'ioc'}|-|-|-|field 'order.tif' must be one"
                        + " of day, gtc, got string \"ioc\"",
                "no qty|{'side':'buy'}|-|-|-|missing required field 'order.qty'",
                "zero qty|{'side':'buy','qty':0}|-|-|-|field 'order.qty' must be a whole number"
                        + " of shares from 1 to 1000000, got number 0",
                "negative qty|{'side':'buy','qty':-5}|-|-|-|field 'order.qty' must be a whole"
                        + " number of shares from 1 to 1000000, got number -5",
                "huge qty|{'side':'buy','qty':1000001}|-|-|-|field 'order.qty' must be a whole"
                        + " number of shares from 1 to 1000000, got number 1000001",
                "fractional qty|{'side':'buy','qty':1.5}|-|-|-|field 'order.qty' must be a whole"
                        + " number of shares from 1 to 1000000, got number 1.5",
                "text qty|{'side':'buy','qty':'100'}|-|-|-|field 'order.qty' must be a whole"
                        + " number of shares from 1 to 1000000, got string \"100\"",
                "limit without price|{'side':'buy','qty':1,'type':'limit'}|-|-|-"
                        + "|field 'order.limit' is required for a limit order (or"
                        + " 'order.limit_pct' for a percentage from the last price)",
                "limit twice|{'side':'buy','qty':1,'type':'limit','limit':10,'limit_pct':1}"
                        + "|-|-|-|fields 'order.limit' and 'order.limit_pct' contradict each"
                        + " other; give one of them",
                "stop without price|{'side':'buy','qty':1,'type':'stop_limit','limit':10}|-|-|-"
                        + "|field 'order.stop' is required for a stop-limit order (or"
                        + " 'order.stop_pct' for a percentage from the last price)",
                "stop twice|{'side':'buy','qty':1,'type':'stop','stop':10,'stop_pct':1}|-|-|-"
                        + "|fields 'order.stop' and 'order.stop_pct' contradict each other; give"
                        + " one of them",
                "limit on a market order|{'side':'buy','qty':1,'limit':10}|-|-|-"
                        + "|field 'order.limit' does not apply to a market order",
                "stop on a limit order|{'side':'buy','qty':1,'type':'limit','limit':10,"
                        + "'stop_pct':2}|-|-|-|field 'order.stop_pct' does not apply to a limit"
                        + " order",
                "trail on a stop order|{'side':'buy','qty':1,'type':'stop','stop':10,"
                        + "'trail_pct':2}|-|-|-|field 'order.trail_pct' does not apply to a stop"
                        + " order",
                "trailing stop without trail|{'side':'sell','qty':1,'type':'trailing_stop'}"
                        + "|-|-|-|field 'order.trail_pct' is required for a trailing stop order",
                "negative limit|{'side':'buy','qty':1,'type':'limit','limit':-1}|-|-|-"
                        + "|field 'order.limit' must be a positive price, got number -1",
                "text limit|{'side':'buy','qty':1,'type':'limit','limit':'187.5'}|-|-|-"
                        + "|field 'order.limit' must be a number, got string \"187.5\"",
                "whole percent|{'side':'buy','qty':1,'type':'limit','limit_pct':100}|-|-|-"
                        + "|field 'order.limit_pct' must be a percentage above 0 and below 100,"
                        + " got number 100",
                "zero percent|{'side':'buy','qty':1,'type':'stop','stop_pct':0}|-|-|-"
                        + "|field 'order.stop_pct' must be a percentage above 0 and below 100,"
                        + " got number 0",
                "negative trail|{'side':'sell','qty':1,'type':'trailing_stop','trail_pct':-1}"
                        + "|-|-|-|field 'order.trail_pct' must be a percentage above 0 and below"
                        + " 100, got number -1",
                "exit not an object|{'side':'buy','qty':1}|[]|-|-"
                        + "|field 'exit' must be an object, got array []",
                "unknown exit field|{'side':'buy','qty':1}|{'trailing':1}|-|-"
                        + "|unknown field(s) [exit.trailing]; allowed fields in 'exit' are"
                        + " [max_holding, stop_loss_pct, take_profit_pct]",
                "big stop loss|{'side':'buy','qty':1}|{'stop_loss_pct':150}|-|-"
                        + "|field 'exit.stop_loss_pct' must be a percentage above 0 and below"
                        + " 100, got number 150",
                "text take profit|{'side':'buy','qty':1}|{'take_profit_pct':'5%'}|-|-"
                        + "|field 'exit.take_profit_pct' must be a number, got string \"5%\"",
                "bad holding|{'side':'buy','qty':1}|{'max_holding':'30 minutes'}|-|-"
                        + "|field 'exit.max_holding' must be a duration such as 30s, 10m, 1h or"
                        + " 1d, got string \"30 minutes\"",
                "number holding|{'side':'buy','qty':1}|{'max_holding':30}|-|-"
                        + "|field 'exit.max_holding' must be a duration such as 30s, 10m, 1h or"
                        + " 1d, got number 30",
                "zero holding|{'side':'buy','qty':1}|{'max_holding':'0'}|-|-"
                        + "|field 'exit.max_holding' must be a duration longer than 0, got"
                        + " string \"0\"",
                "unknown cost|{'side':'buy','qty':1}|-|{'fee':1}|-"
                        + "|unknown field(s) [costs.fee]; allowed fields in 'costs' are"
                        + " [commission_min, commission_per_share, slippage_bps]",
                "big slippage|{'side':'buy','qty':1}|-|{'slippage_bps':2000}|-"
                        + "|field 'costs.slippage_bps' must be a number from 0 to 1000, got"
                        + " number 2000",
                "negative slippage|{'side':'buy','qty':1}|-|{'slippage_bps':-1}|-"
                        + "|field 'costs.slippage_bps' must be a number from 0 to 1000, got"
                        + " number -1",
                "negative commission|{'side':'buy','qty':1}|-|{'commission_min':-1}|-"
                        + "|field 'costs.commission_min' must be an amount of at least 0, got"
                        + " number -1",
                "text commission|{'side':'buy','qty':1}|-|{'commission_per_share':'1c'}|-"
                        + "|field 'costs.commission_per_share' must be a number, got string"
                        + " \"1c\"",
                "text allow_short|{'side':'buy','qty':1}|-|-|\"yes\""
                        + "|field 'allow_short' must be true or false, got string \"yes\"",
            })
    void refusesWithAMessageThatNamesTheField(
            String name,
            String order,
            String exit,
            String costs,
            String allowShort,
            String reason) {
        assertThatThrownBy(
                        () ->
                                StrategyTermsJson.parse(
                                        json(order), json(exit), json(costs), json(allowShort)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage(reason);
    }

    @Test
    void aNumberTooLargeForADoubleIsNotAPrice() {
        assertThatThrownBy(
                        () ->
                                StrategyTermsJson.parse(
                                        json("{'side':'buy','qty':1,'type':'limit','limit':1e400}"),
                                        null,
                                        null,
                                        null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("field 'order.limit' must be a number, got number");
    }

    /** Reads JSON written with single quotes; null stays null (the field is absent). */
    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text.replace('\'', '"'));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
