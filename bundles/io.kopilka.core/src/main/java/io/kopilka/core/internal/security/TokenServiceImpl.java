package io.kopilka.core.internal.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.kopilka.api.InvalidInputException;
import io.kopilka.api.NotFoundException;
import io.kopilka.api.security.Caller;
import io.kopilka.api.security.IssuedToken;
import io.kopilka.api.security.TokenInfo;
import io.kopilka.api.security.TokenKind;
import io.kopilka.api.security.TokenService;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.org.OrganizationEntity;
import io.kopilka.core.internal.org.TerminalEntity;
import io.kopilka.core.internal.org.VenueEntity;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * API tokens: issued with a random secret shown once, stored as its SHA-256, looked up by hash. Successful lookups are
 * kept for a few seconds so that a busy terminal does not cost a database read per call; revoking on this node drops
 * the cached entry at once, on other nodes within {@link #CACHE_MILLIS}.
 */
@Component(service = TokenService.class)
public class TokenServiceImpl implements TokenService {

    static final long CACHE_MILLIS = 5_000;
    private static final int CACHE_MAX = 10_000;
    private static final int MIN_SECRET = 24;
    /** Token names are short enough that {@code kind:name (person)} fits an entry's author column. */
    private static final int MAX_NAME = 100;

    private final Database db;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Activate
    public TokenServiceImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public IssuedToken issue(long organizationId, TokenKind kind, Long terminalId, String name, String actor) {
        return issueWithSecret(organizationId, kind, terminalId, name, Secrets.newSecret(), actor);
    }

    @Override
    public IssuedToken issueWithSecret(long organizationId, TokenKind kind, Long terminalId, String name, String secret,
            String actor) {
        if (kind == null) {
            throw new InvalidInputException("kind", "is required");
        }
        String checkedName = Texts.required(name, "name", MAX_NAME);
        if (secret == null || secret.length() < MIN_SECRET || secret.isBlank()) {
            throw new InvalidInputException("secret", "must be at least " + MIN_SECRET + " characters");
        }
        if ((kind == TokenKind.TERMINAL) != (terminalId != null)) {
            throw new InvalidInputException("terminalId", kind == TokenKind.TERMINAL
                    ? "is required for a terminal token" : "applies to terminal tokens only");
        }
        TokenInfo info = db.tx(em -> {
            if (em.find(OrganizationEntity.class, organizationId) == null) {
                throw new NotFoundException("organizationId", "no organization " + organizationId);
            }
            TokenEntity t = new TokenEntity();
            if (terminalId != null) {
                TerminalEntity terminal = em.find(TerminalEntity.class, terminalId);
                VenueEntity venue = terminal == null ? null : em.find(VenueEntity.class, terminal.venueId);
                if (venue == null || venue.organizationId != organizationId) {
                    throw new NotFoundException("terminalId", "no terminal " + terminalId + " in this organization");
                }
                t.terminalId = terminalId;
                t.venueId = venue.id;
            }
            t.organizationId = organizationId;
            t.kind = kind.name();
            t.name = checkedName;
            t.secretHash = Secrets.hash(secret);
            t.prefix = Secrets.displayPrefix(secret);
            t.createdAt = Instant.now();
            em.persist(t);
            em.flush();
            AuditWriter.write(em, organizationId, actor, "token.issue", "token:" + t.id, kind + " " + checkedName);
            return t.toApi();
        });
        return new IssuedToken(info, secret);
    }

    @Override
    public Optional<Caller> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 512) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        long now = System.currentTimeMillis();
        Cached hit = cache.get(hash);
        if (hit != null && now - hit.at < CACHE_MILLIS) {
            return Optional.of(hit.caller);
        }
        Optional<Caller> caller = db.read(em -> em.createQuery(
                "SELECT t FROM TokenEntity t WHERE t.secretHash = :h AND t.revokedAt IS NULL", TokenEntity.class)
                .setParameter("h", hash).getResultList().stream().findFirst().map(TokenEntity::toCaller));
        if (caller.isPresent()) {
            if (cache.size() >= CACHE_MAX) {
                cache.clear();
            }
            cache.put(hash, new Cached(caller.get(), now));
        } else {
            cache.remove(hash);
        }
        return caller;
    }

    @Override
    public List<TokenInfo> list(long organizationId) {
        return db.read(em -> em.createQuery("SELECT t FROM TokenEntity t WHERE t.organizationId = :o ORDER BY t.id",
                TokenEntity.class).setParameter("o", organizationId).getResultList().stream()
                .map(TokenEntity::toApi).toList());
    }

    @Override
    public TokenInfo revoke(long organizationId, long tokenId, String actor) {
        TokenInfo info = db.tx(em -> {
            TokenEntity t = em.find(TokenEntity.class, tokenId);
            if (t == null || t.organizationId != organizationId) {
                throw new NotFoundException("tokenId", "no token " + tokenId + " in this organization");
            }
            if (t.revokedAt == null) {
                t.revokedAt = Instant.now();
                AuditWriter.write(em, organizationId, actor, "token.revoke", "token:" + t.id, t.kind + " " + t.name);
            }
            return t.toApi();
        });
        cache.values().removeIf(c -> c.caller.tokenId() == tokenId);
        return info;
    }

    private record Cached(Caller caller, long at) {
    }
}
