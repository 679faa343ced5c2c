package io.kopilka.mechanic.bonus.internal;

import static io.kopilka.mechanic.bonus.internal.TestParameters.dec;
import static io.kopilka.mechanic.bonus.internal.TestParameters.list;
import static io.kopilka.mechanic.bonus.internal.TestParameters.params;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;

import io.kopilka.api.mechanic.LineView;
import org.junit.jupiter.api.Test;

class ShareCapTest {

    private final ShareCap servicesAndGoods = ShareCap.from(params("maxShare", list(
            params("group", "services", "percent", dec("50")),
            params("group", "goods", "percent", dec("20")))));

    static LineView line(String id, long amount, long discount, String... groups) {
        return new LineView(id, "sku-" + id, "item " + id, List.of(groups), BigDecimal.ONE, amount, amount, discount);
    }

    @Test
    void servicesHalfGoodsAFifthOfTheirNetAmounts() {
        List<LineView> lines = List.of(line("1", 100_000, 0, "services"), line("2", 50_000, 10_000, "goods"));
        assertEquals(58_000, servicesAndGoods.maximum(lines));
    }

    @Test
    void linesInNoListedGroupArePayableInFull() {
        List<LineView> lines = List.of(line("1", 10_000, 0, "services"), line("2", 3_000, 0, "bar"));
        assertEquals(8_000, servicesAndGoods.maximum(lines));
    }

    @Test
    void anItemWithoutAGroupCoversTheOtherLines() {
        ShareCap cap = ShareCap.from(params("maxShare", list(
                params("percent", dec("30")),
                params("group", "services", "percent", dec("50")))));
        List<LineView> lines = List.of(line("1", 10_000, 0, "services"), line("2", 3_000, 0, "bar"));
        assertEquals(5_900, cap.maximum(lines));
    }

    @Test
    void theSumIsRoundedDownToTheKopeckOnce() {
        List<LineView> lines = List.of(line("1", 33_333, 0, "services"), line("2", 1, 0, "goods"),
                line("3", 3, 0, "goods"));
        // 16666.5 + 0.2 + 0.6 = 16667.3
        assertEquals(16_667, servicesAndGoods.maximum(lines));
    }

    @Test
    void firstMatchingItemWins() {
        assertEquals(dec("50"), servicesAndGoods.share(List.of("goods", "services")));
        assertEquals(new BigDecimal("100"), servicesAndGoods.share(List.of()));
    }

    @Test
    void reasonNamesTheShares() {
        assertEquals("points pay at most services 50%, goods 20%", servicesAndGoods.reason());
        ShareCap withOther = ShareCap.from(params("maxShare", list(params("percent", dec("30.0")))));
        assertEquals("points pay at most other 30%", withOther.reason());
    }

    @Test
    void withoutSharesThereIsNoCap() {
        assertFalse(ShareCap.from(params()).isSet());
    }
}
