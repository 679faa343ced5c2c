package io.kopilka.mechanic.bonus.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

import io.kopilka.api.mechanic.LineView;
import io.kopilka.api.mechanic.Parameters;

/**
 * The most of a receipt payable with points: each line's net amount times its share, summed and rounded down to the
 * kopeck. A line's share is that of the first item whose group it is in, else of the item without a group, else 100%.
 */
record ShareCap(List<Share> shares) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Lines in {@code group} ({@code null}: lines in no listed group) are payable up to {@code percent}. */
    record Share(String group, BigDecimal percent) {
    }

    ShareCap {
        shares = List.copyOf(shares);
    }

    static ShareCap from(Parameters parameters) {
        return new ShareCap(parameters.list(BonusSchema.MAX_SHARE).stream()
                .map(item -> new Share(item.string(BonusSchema.GROUP).filter(g -> !g.isBlank()).orElse(null),
                        item.decimalOr(BonusSchema.PERCENT, HUNDRED)))
                .toList());
    }

    boolean isSet() {
        return !shares.isEmpty();
    }

    /** Minor units payable with points on {@code lines}. */
    long maximum(List<LineView> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (LineView line : lines) {
            long net = Math.max(0, line.net());
            total = total.add(BigDecimal.valueOf(net).multiply(share(line.groups())));
        }
        return total.divide(HUNDRED, 0, RoundingMode.DOWN).longValueExact();
    }

    /** The percent of a line in {@code groups} payable with points. */
    BigDecimal share(List<String> groups) {
        Share fallback = null;
        for (Share share : shares) {
            if (share.group() == null) {
                fallback = fallback == null ? share : fallback;
            } else if (groups.contains(share.group())) {
                return share.percent();
            }
        }
        return fallback == null ? HUNDRED : fallback.percent();
    }

    /** Names the shares: {@code points pay at most services 50%, goods 20%, other 30%}. */
    String reason() {
        return "points pay at most " + shares.stream()
                .map(share -> (share.group() == null ? "other" : share.group()) + " " + Format.percent(share.percent()))
                .collect(Collectors.joining(", "));
    }
}
