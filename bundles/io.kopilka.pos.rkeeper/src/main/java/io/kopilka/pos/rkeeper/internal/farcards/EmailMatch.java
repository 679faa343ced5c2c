package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * A FindEmail hit: the DLL's 54-byte structure (T1), the attributes of V1's answer.
 *
 * @param account {@code Account}: the account number (DWORD)
 * @param cardCode {@code CardCode}: the card number (Int64)
 * @param name {@code Name}: the holder's name (39 characters are kept)
 */
public record EmailMatch(long account, long cardCode, String name) {

    /** Checks the DLL ranges. */
    public EmailMatch {
        if (account < 0 || account > CardInfo.MAX_DWORD || cardCode < 0) {
            throw new IllegalArgumentException("account must be a DWORD and cardCode not negative");
        }
        name = Texts.orEmpty(name);
    }
}
