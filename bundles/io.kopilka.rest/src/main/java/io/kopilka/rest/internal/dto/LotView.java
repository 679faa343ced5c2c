package io.kopilka.rest.internal.dto;

import java.math.BigDecimal;
import java.time.Instant;

import io.kopilka.api.Amounts;
import io.kopilka.api.account.BonusLot;

/** A bonus lot as JSON. */
public record LotView(long id, BigDecimal initialAmount, BigDecimal remaining, Instant activatesAt,
        Instant expiresAt, long sourceEntryId) {

    public static LotView of(BonusLot l) {
        return new LotView(l.id(), Amounts.toDecimal(l.initialAmount()), Amounts.toDecimal(l.remaining()),
                l.activatesAt(), l.expiresAt(), l.sourceEntryId());
    }
}
