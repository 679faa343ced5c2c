package io.kopilka.core.internal.feedback;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.Page;
import io.kopilka.api.feedback.Review;
import io.kopilka.api.feedback.Reviews;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.engagement.Notifications;
import io.kopilka.core.internal.engagement.ReviewEntity;
import io.kopilka.core.internal.org.VenueEntity;
import io.kopilka.core.internal.processing.ReceiptEntity;
import io.kopilka.core.internal.text.Texts;

/**
 * Reviews: one per receipt, by the receipt's guest; rating again changes the score. Each change is announced to
 * REVIEW webhooks in the same transaction.
 */
@Component(service = {Reviews.class, ReviewsImpl.class})
public class ReviewsImpl implements Reviews {

    private final Database db;
    private final Notifications notifications;
    private final Clock clock;

    @Activate
    public ReviewsImpl(@Reference Database db, @Reference Notifications notifications) {
        this(db, notifications, Clock.systemUTC());
    }

    public ReviewsImpl(Database db, Notifications notifications, Clock clock) {
        this.db = db;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Override
    public Review rate(long organizationId, long guestId, long receiptKey, int score) {
        if (score < 1 || score > 5) {
            throw new InvalidInputException("score", "must be 1 to 5");
        }
        return db.tx(em -> {
            ReceiptEntity receipt = guestReceipt(em, organizationId, guestId, receiptKey);
            Instant now = clock.instant();
            ReviewEntity r = byReceipt(em, receiptKey).orElseGet(() -> {
                ReviewEntity fresh = new ReviewEntity();
                fresh.organizationId = organizationId;
                fresh.guestId = guestId;
                fresh.receiptId = receiptKey;
                fresh.createdAt = now;
                return fresh;
            });
            r.score = (short) score;
            r.updatedAt = now;
            if (r.id == null) {
                em.persist(r);
                em.flush();
            }
            return announce(em, r, receipt);
        });
    }

    @Override
    public Review comment(long organizationId, long guestId, long receiptKey, String text) {
        String words = Texts.required(text, "text", 2000);
        return db.tx(em -> {
            ReceiptEntity receipt = guestReceipt(em, organizationId, guestId, receiptKey);
            ReviewEntity r = byReceipt(em, receiptKey).orElseThrow(() ->
                    new NotFoundException("receiptKey", "receipt " + receiptKey + " has not been rated yet"));
            r.text = words;
            r.updatedAt = clock.instant();
            return announce(em, r, receipt);
        });
    }

    @Override
    public Optional<Review> forReceipt(long organizationId, long receiptKey) {
        return db.read(em -> byReceipt(em, receiptKey).filter(r -> r.organizationId == organizationId)
                .map(r -> toApi(em, r, em.find(ReceiptEntity.class, r.receiptId))));
    }

    @Override
    public Page<Review> list(long organizationId, Long venueId, Long guestId, int page, int size) {
        int p = Math.max(0, page);
        int s = Math.max(1, Math.min(size, 200));
        String where = " FROM ReviewEntity r, ReceiptEntity c WHERE c.id = r.receiptId AND r.organizationId = :o"
                + (venueId == null ? "" : " AND c.venueId = :v") + (guestId == null ? "" : " AND r.guestId = :g");
        return db.read(em -> {
            TypedQuery<Object[]> items = em.createQuery("SELECT r, c" + where + " ORDER BY r.id DESC",
                    Object[].class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
            for (TypedQuery<?> q : List.of(items, count)) {
                q.setParameter("o", organizationId);
                if (venueId != null) {
                    q.setParameter("v", venueId);
                }
                if (guestId != null) {
                    q.setParameter("g", guestId);
                }
            }
            List<Review> found = items.setFirstResult(p * s).setMaxResults(s).getResultList().stream()
                    .map(row -> toApi(em, (ReviewEntity) row[0], (ReceiptEntity) row[1])).toList();
            return new Page<>(found, p, s, count.getSingleResult());
        });
    }

    private Review announce(EntityManager em, ReviewEntity r, ReceiptEntity receipt) {
        Review review = toApi(em, r, receipt);
        notifications.reviewed(em, review);
        return review;
    }

    private static ReceiptEntity guestReceipt(EntityManager em, long organizationId, long guestId, long receiptKey) {
        ReceiptEntity receipt = em.find(ReceiptEntity.class, receiptKey);
        if (receipt == null || receipt.organizationId != organizationId || receipt.guestId == null
                || receipt.guestId != guestId) {
            throw new NotFoundException("receiptKey", "guest " + guestId + " has no receipt " + receiptKey);
        }
        return receipt;
    }

    private static Optional<ReviewEntity> byReceipt(EntityManager em, long receiptKey) {
        return em.createQuery("SELECT r FROM ReviewEntity r WHERE r.receiptId = :r", ReviewEntity.class)
                .setParameter("r", receiptKey).getResultStream().findFirst();
    }

    private static Review toApi(EntityManager em, ReviewEntity r, ReceiptEntity c) {
        VenueEntity venue = em.find(VenueEntity.class, c.venueId);
        return new Review(r.id, r.organizationId, r.guestId, c.id, c.posReceiptId, c.venueId,
                venue == null ? null : venue.name, c.terminalId, c.cashier, c.time, c.total - c.discount, r.score,
                r.text, r.createdAt, r.updatedAt);
    }
}
