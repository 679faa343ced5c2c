package io.kopilka.pos.rkeeper.internal.events;

/**
 * Bounds on a notification body. The defaults leave room for a banquet order of a few thousand dish lines
 * (r_keeper's largest notifications) while keeping a hostile body cheap to refuse.
 *
 * @param maxBytes the largest body accepted, in bytes
 * @param maxDepth the deepest element nesting accepted (the root is depth 1)
 * @param maxElements the most elements accepted in one body
 */
public record ParserLimits(int maxBytes, int maxDepth, int maxElements) {

    /** 1 MiB, depth 32, 20 000 elements. */
    public static final ParserLimits DEFAULTS = new ParserLimits(1 << 20, 32, 20_000);

    public ParserLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException("parser limits must be positive");
        }
    }
}
