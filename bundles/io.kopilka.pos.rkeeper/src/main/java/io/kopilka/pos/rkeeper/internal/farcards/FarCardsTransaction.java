package io.kopilka.pos.rkeeper.internal.farcards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One transaction record of a TransactionsEx batch: the 122-byte DLL record (T1). The record carries no transaction
 * id (doc §3.5); see {@link TransactionBatch#idempotencyKey()}.
 *
 * @param num position in the batch, from 1 (TRRESPONSE {@code TRANSACTION/@num}, T2)
 * @param cardCode {@code Card}, Int64
 * @param personId {@code PersonID}: as returned by GetCardInfoEx
 * @param account {@code Account}: as returned by GetCardInfoEx (DWORD)
 * @param kind {@code Kind}
 * @param amountKopecks {@code Summa}: signed kopecks, see {@link TransactionKind}
 * @param restaurant {@code Restaurant}
 * @param businessDate {@code RKDate}: the cash (business) date, when readable (days since 1899-12-30 per T1, or an
 *        ISO date as T4 writes it)
 * @param unitNo the POS number ({@code RKUni}/{@code RKUnit}/{@code UnitNo})
 * @param checkNumber {@code RKCheck}: the receipt number
 * @param vat the eight "amount with tax X / rate of tax X" pairs A..H that were sent
 * @param attributes every attribute of the record element as sent
 */
public record FarCardsTransaction(int num, long cardCode, long personId, long account, TransactionKind kind,
        long amountKopecks, long restaurant, Optional<LocalDate> businessDate, long unitNo, long checkNumber,
        List<Vat> vat, Map<String, String> attributes) {

    /** Copies the collections. */
    public FarCardsTransaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(businessDate, "businessDate");
        vat = List.copyOf(vat);
        attributes = Map.copyOf(attributes);
    }

    /** Whether this is the cancellation (refund, rollback) of an operation of its kind, by its sign (T1). */
    public boolean isCancellation() {
        return kind.isCancellation(amountKopecks);
    }

    /**
     * One tax pair of the record.
     *
     * @param letter A..H
     * @param amountKopecks the amount subject to this tax, kopecks
     * @param rateBasisPoints the tax rate in percent x 100 (1500 = 15.00 %)
     */
    public record Vat(char letter, long amountKopecks, long rateBasisPoints) {
    }
}
