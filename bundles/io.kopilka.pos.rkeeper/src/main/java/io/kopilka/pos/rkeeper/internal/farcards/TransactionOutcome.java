package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.OptionalLong;

/**
 * The backend's verdict on one transaction of a batch. One {@link Refused} makes the whole batch fail: the backend
 * must then have applied none of it (T1: "either all pass, or none").
 */
public sealed interface TransactionOutcome {

    /** An accepted transaction with nothing to report back. */
    static Accepted accepted() {
        return new Accepted("", "", OptionalLong.empty(), 0, 0, "", "");
    }

    /** A refusal; {@code errorCode} must not be 0. */
    static Refused refused(int errorCode, String reason) {
        return new Refused(errorCode, reason);
    }

    /**
     * Accepted, with the optional TRRESPONSE {@code TRANSACTION} attributes (T2). A {@code TRANSACTION} element is
     * written only when at least one of them is set.
     *
     * @param extId {@code ext_id}: Kopilka's id of the operation, stored by r_keeper as ExtTransactionID
     * @param slip {@code slip}: text to print, line breaks allowed; r_keeper prints it only if {@code lineUni} is set
     * @param value {@code value}: overrides the transaction's value, kopecks
     * @param subAccount {@code subaccount}: 1..8, 0 to leave out
     * @param lineUni {@code uni}: the receipt line ({@code LINE/PAYMENT/DISCOUNT @uni}) it belongs to, 0 to leave out
     * @param lineTag {@code linetag}: {@code LINE}, {@code PAYMENT} or {@code DISCOUNT}; required with {@code lineUni}
     * @param extInfo {@code extinfo}: free text
     */
    record Accepted(String extId, String slip, OptionalLong value, int subAccount, long lineUni, String lineTag,
            String extInfo) implements TransactionOutcome {

        /** Checks the T2 rules. */
        public Accepted {
            extId = Texts.orEmpty(extId);
            slip = Texts.orEmpty(slip);
            lineTag = Texts.orEmpty(lineTag);
            extInfo = Texts.orEmpty(extInfo);
            if (subAccount < 0 || subAccount > CardInfo.LAST_SUB_ACCOUNT || lineUni < 0) {
                throw new IllegalArgumentException("subAccount must be 0..8 and lineUni not negative");
            }
            if (lineUni != 0 && !(lineTag.equals("LINE") || lineTag.equals("PAYMENT") || lineTag.equals("DISCOUNT"))) {
                throw new IllegalArgumentException("lineUni needs lineTag LINE, PAYMENT or DISCOUNT");
            }
        }

        /** Same, with {@code ext_id}. */
        public Accepted withExtId(String id) {
            return new Accepted(id, slip, value, subAccount, lineUni, lineTag, extInfo);
        }

        /** Same, with a slip bound to receipt line {@code uni} of kind {@code tag}. */
        public Accepted withSlip(String text, long uni, String tag) {
            return new Accepted(extId, text, value, subAccount, uni, tag, extInfo);
        }

        /** Same, with a value override in kopecks. */
        public Accepted withValue(long kopecks) {
            return new Accepted(extId, slip, OptionalLong.of(kopecks), subAccount, lineUni, lineTag, extInfo);
        }

        /** Same, with a sub-account number. */
        public Accepted withSubAccount(int number) {
            return new Accepted(extId, slip, value, number, lineUni, lineTag, extInfo);
        }

        /** Same, with {@code extinfo}. */
        public Accepted withExtInfo(String text) {
            return new Accepted(extId, slip, value, subAccount, lineUni, lineTag, text);
        }

        boolean hasReport() {
            return !extId.isEmpty() || !slip.isEmpty() || value.isPresent() || subAccount != 0 || lineUni != 0
                    || !extInfo.isEmpty();
        }
    }

    /**
     * Refused; the batch is answered as a failure with this code and reason.
     *
     * @param errorCode non-zero TRRESPONSE {@code error_code}
     * @param reason shown to the cashier
     */
    record Refused(int errorCode, String reason) implements TransactionOutcome {

        /** Checks the code. */
        public Refused {
            if (errorCode == 0) {
                throw new IllegalArgumentException("errorCode must not be 0 (0 means success)");
            }
            reason = Texts.orEmpty(reason);
        }
    }
}
