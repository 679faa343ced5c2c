package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.Arrays;

/**
 * The GetCardInfoEx answer for an existing card: the FarCards DLL {@code Info} structure (T1, 1164 bytes), one
 * field per V1 response attribute. Money is in kopecks. Strings longer than their DLL buffer are cut when written
 * ({@link Texts}). Build with {@link #builder()}.
 */
public final class CardInfo {

    /** Largest DWORD (account, non-payer type). */
    static final long MAX_DWORD = 0xFFFF_FFFFL;
    /** Largest Word (bonus and discount numbers). */
    static final int MAX_WORD = 0xFFFF;
    /** Sub-accounts 2..8 ({@code Sum2}..{@code Sum8}). */
    static final int FIRST_SUB_ACCOUNT = 2;
    static final int LAST_SUB_ACCOUNT = 8;

    final boolean deleted;
    final boolean seize;
    final boolean expired;
    final boolean notValidNow;
    final boolean managerConfirmation;
    final boolean locked;
    final String lockReason;
    final String holder;
    final long personId;
    final long account;
    final long unpayType;
    final int bonusCode;
    final int discountCode;
    final long discountLimit;
    final long balance;
    final long[] subAccounts;
    final String extraInfo;
    final String screenMessage;
    final String printMessage;

    private CardInfo(Builder b) {
        deleted = b.deleted;
        seize = b.seize;
        expired = b.expired;
        notValidNow = b.notValidNow;
        managerConfirmation = b.managerConfirmation;
        locked = b.locked;
        lockReason = b.lockReason;
        holder = b.holder;
        personId = b.personId;
        account = b.account;
        unpayType = b.unpayType;
        bonusCode = b.bonusCode;
        discountCode = b.discountCode;
        discountLimit = b.discountLimit;
        balance = b.balance;
        subAccounts = b.subAccounts.clone();
        extraInfo = b.extraInfo;
        screenMessage = b.screenMessage;
        printMessage = b.printMessage;
    }

    /** A builder with every flag 0, every number 0 and every text empty. */
    public static Builder builder() {
        return new Builder();
    }

    /** Balance of sub-account {@code n} (2..8) in kopecks. */
    public long subAccount(int n) {
        return subAccounts[checkSubAccount(n) - FIRST_SUB_ACCOUNT];
    }

    /** Spendable balance ({@code Summa}, account no. 1) in kopecks. */
    public long balance() {
        return balance;
    }

    /** Whether the card is locked ({@code Locked}). */
    public boolean locked() {
        return locked;
    }

    @Override
    public String toString() {
        return "CardInfo[account=" + account + ", holder=" + holder + ", balance=" + balance + ", discount="
                + discountCode + ", bonus=" + bonusCode + ", locked=" + locked + ", subAccounts="
                + Arrays.toString(subAccounts) + "]";
    }

    private static int checkSubAccount(int n) {
        if (n < FIRST_SUB_ACCOUNT || n > LAST_SUB_ACCOUNT) {
            throw new IllegalArgumentException("sub-account must be 2..8: " + n);
        }
        return n;
    }

    /** Collects the fields; {@link #build()} checks the DLL ranges. */
    public static final class Builder {
        private boolean deleted;
        private boolean seize;
        private boolean expired;
        private boolean notValidNow;
        private boolean managerConfirmation;
        private boolean locked;
        private String lockReason = "";
        private String holder = "";
        private long personId;
        private long account;
        private long unpayType;
        private int bonusCode;
        private int discountCode;
        private long discountLimit;
        private long balance;
        private final long[] subAccounts = new long[LAST_SUB_ACCOUNT - FIRST_SUB_ACCOUNT + 1];
        private String extraInfo = "";
        private String screenMessage = "";
        private String printMessage = "";

        private Builder() {
        }

        /** {@code Deleted}: the card existed but was deleted. */
        public Builder deleted(boolean value) {
            deleted = value;
            return this;
        }

        /** {@code Seize}: the card must be taken from the guest. */
        public Builder seize(boolean value) {
            seize = value;
            return this;
        }

        /** {@code StopDate}: the validity period has expired. */
        public Builder expired(boolean value) {
            expired = value;
            return this;
        }

        /** {@code Holy}: the card is not valid at the moment. */
        public Builder notValidNow(boolean value) {
            notValidNow = value;
            return this;
        }

        /** {@code Manager}: a manager must confirm. */
        public Builder managerConfirmation(boolean value) {
            managerConfirmation = value;
            return this;
        }

        /** {@code Locked="1"} with {@code WhyLock}, the reason shown at the POS. */
        public Builder locked(String reason) {
            locked = true;
            lockReason = Texts.orEmpty(reason);
            return this;
        }

        /** {@code Holder}: the card holder's name (39 characters are kept). */
        public Builder holder(String value) {
            holder = Texts.orEmpty(value);
            return this;
        }

        /** {@code PersonID}: the holder's id, passed back in TransactionsEx. */
        public Builder personId(long value) {
            personId = value;
            return this;
        }

        /** {@code Account}: the account number (DWORD), passed back in TransactionsEx and FindEmail. */
        public Builder account(long value) {
            account = value;
            return this;
        }

        /** {@code Unpay}: the non-payer type (DWORD). */
        public Builder unpayType(long value) {
            unpayType = value;
            return this;
        }

        /** {@code Bonus}: number of a bonus configured in r_keeper (Word), 0 for none. */
        public Builder bonusCode(int value) {
            bonusCode = value;
            return this;
        }

        /** {@code Discount}: number of a discount configured in r_keeper (Word), 0 for none. */
        public Builder discountCode(int value) {
            discountCode = value;
            return this;
        }

        /** {@code DiscLimit}: the largest discount amount, kopecks. */
        public Builder discountLimit(long kopecks) {
            discountLimit = kopecks;
            return this;
        }

        /** {@code Summa}: the amount available for paying the bill (account no. 1), kopecks. */
        public Builder balance(long kopecks) {
            balance = kopecks;
            return this;
        }

        /** {@code Sum2}..{@code Sum8}: balance of sub-account {@code n}, kopecks. */
        public Builder subAccount(int n, long kopecks) {
            subAccounts[checkSubAccount(n) - FIRST_SUB_ACCOUNT] = kopecks;
            return this;
        }

        /** {@code DopInfo}: free-form card information. */
        public Builder extraInfo(String value) {
            extraInfo = Texts.orEmpty(value);
            return this;
        }

        /** {@code ScrMessage}: text shown on the POS screen. */
        public Builder screenMessage(String value) {
            screenMessage = Texts.orEmpty(value);
            return this;
        }

        /** {@code PrnMessage}: text to print. */
        public Builder printMessage(String value) {
            printMessage = Texts.orEmpty(value);
            return this;
        }

        /** @throws IllegalArgumentException if a number does not fit its DLL field */
        public CardInfo build() {
            checkRange("account", account, 0, MAX_DWORD);
            checkRange("unpayType", unpayType, 0, MAX_DWORD);
            checkRange("bonusCode", bonusCode, 0, MAX_WORD);
            checkRange("discountCode", discountCode, 0, MAX_WORD);
            checkRange("discountLimit", discountLimit, 0, Long.MAX_VALUE);
            return new CardInfo(this);
        }

        private static void checkRange(String field, long value, long min, long max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(field + " must be " + min + ".." + max + ": " + value);
            }
        }
    }
}
