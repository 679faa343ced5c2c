package io.kopilka.api.feedback;

import java.util.Optional;

import io.kopilka.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/** Stores one review per receipt, by the receipt's guest. */
@ProviderType
public interface Reviews {

    /**
     * Rates a visit, or changes the rating.
     *
     * @throws io.kopilka.api.InvalidInputException if the score is not 1-5
     * @throws io.kopilka.api.NotFoundException if the receipt is not the guest's
     */
    Review rate(long organizationId, long guestId, long receiptKey, int score);

    /** Adds the guest's words to the review of a rated receipt. */
    Review comment(long organizationId, long guestId, long receiptKey, String text);

    Optional<Review> forReceipt(long organizationId, long receiptKey);

    /** The newest first; {@code venueId} and {@code guestId} narrow it when given. */
    Page<Review> list(long organizationId, Long venueId, Long guestId, int page, int size);
}
