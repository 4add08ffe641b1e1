package org.openplate.account;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.openplate.common.BadInputException;
import org.openplate.common.NotFoundException;
import org.openplate.common.TooManyRequestsException;

/**
 * Personal access tokens for the REST API: created with a name and a scope, shown once, stored as
 * SHA-256, listed and revoked by their owner. Each token may make {@code perMinute} requests a
 * minute, counted in the database so that the limit holds across instances.
 */
public final class TokenService {

    /** Tokens start with this, so they are recognisable in logs and secret scanners. */
    public static final String PREFIX = "opt_";
    public static final int MAX_TOKENS = 20;
    private static final long WINDOW_MS = 60_000;

    private final TokenRepository repo;
    private final Clock clock;
    private final int perMinute;
    /** Quota leases by token id; only a cache (the database holds the count), cleared when it grows large. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Lease> leases = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_LEASES = 10_000;

    public TokenService(TokenRepository repo, Clock clock, int perMinute) {
        this.repo = repo;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    /** A new token and its secret, which is never shown again. */
    public record Created(ApiToken token, String secret) {
    }

    /** Who a bearer token speaks for; {@code dataVersion} is the owner's data version read with the token, or -1. */
    public record Principal(long tokenId, String tokenHash, UserId userId, String email, Set<Role> roles,
                            Set<ApiToken.Scope> scopes, long dataVersion) {
        public boolean canWrite() {
            return scopes.contains(ApiToken.Scope.WRITE);
        }
    }

    public Created create(UserId user, String name, String scope) {
        String n = name == null ? "" : org.openplate.common.TextInput.line("name", name).strip();
        if (n.isEmpty() || n.length() > 60) {
            throw new BadInputException("name", "Name must be 1 to 60 characters, e.g. \"phone shortcut\".");
        }
        Set<ApiToken.Scope> scopes = switch (scope == null ? "" : scope.strip()) {
            case "read" -> EnumSet.of(ApiToken.Scope.READ);
            case "write" -> EnumSet.of(ApiToken.Scope.READ, ApiToken.Scope.WRITE);
            default -> throw new BadInputException("scope", "Scope must be \"read\" or \"write\".");
        };
        if (repo.list(user).stream().filter(ApiToken::active).count() >= MAX_TOKENS) {
            throw new BadInputException("name", "You have " + MAX_TOKENS + " active tokens; revoke one first.");
        }
        String secret = PREFIX + Tokens.random();
        long id = repo.insert(user, n, Tokens.sha256(secret), secret.substring(0, PREFIX.length() + 6),
                scopes.stream().map(ApiToken.Scope::code).sorted().collect(Collectors.joining(",")), clock.millis());
        ApiToken token = repo.list(user).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        return new Created(token, secret);
    }

    public List<ApiToken> list(UserId user) {
        return repo.list(user);
    }

    public void revoke(UserId user, long id) {
        if (!repo.revoke(user, id, clock.millis())) {
            throw new NotFoundException("No token with id " + id + ".");
        }
    }

    /** Revokes every token of the user (after a password change); returns how many. */
    public int revokeAll(UserId user) {
        return repo.revokeAll(user, clock.millis());
    }

    /** The principal for a bearer secret, if it is an active token. */
    public Optional<Principal> resolve(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        String hash = Tokens.sha256(secret);
        return repo.findActive(hash).map(f -> new Principal(f.token().id(), hash, f.userId(), f.email(),
                f.roles(), f.token().scopes(), f.dataVersion()));
    }

    /**
     * Counts a request; over the limit, a {@link TooManyRequestsException} with the wait until the next window.
     *
     * <p>The count lives in the database so that the limit holds across instances, but writing it on every
     * call cost each bearer request a write. Instead an instance takes a small block of the window's quota
     * at a time ({@link Lease}) and admits from it in memory; the database grants a block only as far as the
     * limit allows, so the limit is never exceeded. Blocks start at one request and double while a token keeps
     * calling, up to {@code perMinute / 16}; a block left unused on another instance can make a token wait up
     * to that many requests early, never late.
     */
    public void admit(Principal p) {
        long now = clock.millis();
        long window = now - Math.floorMod(now, WINDOW_MS);
        if (leases.size() > MAX_LEASES) {
            leases.clear();
        }
        Lease lease = leases.computeIfAbsent(p.tokenId(), id -> new Lease());
        lease.lock.lock();
        try {
            if (lease.window != window) {
                lease.window = window;
                lease.left = 0;
                lease.block = 1;
                lease.exhausted = false;
            }
            if (lease.left > 0) {
                lease.left--;
                return;
            }
            if (!lease.exhausted) {
                int asked = lease.block;
                int total = repo.count(p.tokenId(), window, asked);
                if (total == asked) {
                    repo.touch(p.tokenHash(), now);
                }
                int granted = Math.max(0, Math.min(asked, perMinute - (total - asked)));
                lease.block = Math.min(Math.max(1, perMinute / 16), asked * 2);
                if (granted > 0) {
                    lease.left = granted - 1;
                    return;
                }
                lease.exhausted = true;
            }
        } finally {
            lease.lock.unlock();
        }
        throw new TooManyRequestsException("This token has made more than " + perMinute
                + " requests this minute; wait and try again.", Duration.ofMillis(window + WINDOW_MS - now));
    }

    /** This instance's share of a token's quota in the current window. */
    private static final class Lease {
        final java.util.concurrent.locks.ReentrantLock lock = new java.util.concurrent.locks.ReentrantLock();
        long window = -1;
        int left;
        int block = 1;
        boolean exhausted;
    }

    /** Drops request counts older than the current window. */
    public int purge() {
        long now = clock.millis();
        return repo.purgeWindowsBefore(now - Math.floorMod(now, WINDOW_MS) - WINDOW_MS);
    }
}
