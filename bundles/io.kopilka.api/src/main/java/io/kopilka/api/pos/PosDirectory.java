package io.kopilka.api.pos;

import io.kopilka.api.processing.PosContext;
import org.osgi.annotation.versioning.ProviderType;

/** Resolves where a POS call comes from, by the codes the POS itself sends. */
@ProviderType
public interface PosDirectory {

    /**
     * The venue with {@code venueCode} in the organization and its terminal with {@code terminalCode}. A station the
     * venue does not know yet is added (dealers add stations without telling anyone) and the addition is audited.
     *
     * @param author the name the ledger records for this POS ({@code rkeeper:<venue>/<station>} if {@code null})
     * @throws io.kopilka.api.NotFoundException naming {@code venueCode} if the organization has no such venue
     */
    PosContext resolve(long organizationId, String vendor, String venueCode, String terminalCode, String author);
}
