package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Objects;
import java.util.Optional;

/**
 * A parsed GetCardInfoEx request (official, S1): {@code <ROOT><QRY Card Restaurant UnitNo><INPBUF>receipt}.
 *
 * @param cardCode {@code QRY/@Card}: the card number, an Int64 (T1), never negative here
 * @param restaurant {@code QRY/@Restaurant}: the FarCards/PDS restaurant code (9999 in the official example; not the
 *        same as {@code CHECK/@restaurantcode}); 0 if absent
 * @param unitNo {@code QRY/@UnitNo}: the calling POS (cash station) number; 0 if absent
 * @param receipt the receipt XML from {@code INPBUF}, absent when no input buffer was sent
 */
public record CardQuery(long cardCode, long restaurant, long unitNo, Optional<Receipt> receipt) {

    /** Checks for null. */
    public CardQuery {
        Objects.requireNonNull(receipt, "receipt");
    }
}
