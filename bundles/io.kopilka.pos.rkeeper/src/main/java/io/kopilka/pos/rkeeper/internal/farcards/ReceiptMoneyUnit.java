package io.kopilka.pos.rkeeper.internal.farcards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

import io.kopilka.api.Amounts;

/**
 * The unit of {@code price}/{@code sum}/{@code bsum} in the receipt XML, which no readable source states (doc §7.2).
 * T5 models them as decimals, hence the default {@link #RUBLES}; switch to {@link #KOPECKS} if a real capture shows
 * integer kopecks. Either way the raw text stays in the element's attribute map, and TransactionsEx {@code Summa}
 * (kopecks, T1) remains the money of record.
 */
public enum ReceiptMoneyUnit {

    /** {@code "150.00"} and {@code "150"} are 150 roubles = 15 000 kopecks. */
    RUBLES(2),
    /** {@code "15000"} is 15 000 kopecks. */
    KOPECKS(0);

    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,18}([.,]\\d{1,9})?");

    private final int shift;

    ReceiptMoneyUnit(int shift) {
        this.shift = shift;
    }

    /**
     * The amount in kopecks, rounded half-up to whole kopecks; 0 when the text is absent, not a plain decimal
     * (a comma is accepted as the separator) or beyond {@link Amounts#MAX_MINOR}.
     */
    public long toKopecks(String raw) {
        return decimal(raw).map(value -> value.movePointRight(shift).setScale(0, RoundingMode.HALF_UP))
                .filter(kopecks -> kopecks.abs().compareTo(BigDecimal.valueOf(Amounts.MAX_MINOR)) <= 0)
                .map(BigDecimal::longValueExact)
                .orElse(0L);
    }

    /** A plain decimal (no exponent, at most 18 integer and 9 fractional digits), or empty. */
    static Optional<BigDecimal> decimal(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.trim();
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }
}
