package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * Bounds on what a request may cost to parse: body bytes, element count, nesting depth and attributes per element.
 * The defaults are far above any real receipt (a banquet of a few hundred lines is a few thousand elements) and far
 * below what would hurt the server.
 *
 * @param maxBodyBytes largest accepted body
 * @param maxElements largest number of elements in one document
 * @param maxDepth deepest element nesting (the receipt XML is about 6 levels below ROOT)
 * @param maxAttributes most attributes on one element (LINE may carry configured extra attributes, S9)
 */
public record FarCardsLimits(int maxBodyBytes, int maxElements, int maxDepth, int maxAttributes) {

    /** 1 MiB, 20 000 elements, depth 32, 256 attributes. */
    public static final FarCardsLimits DEFAULT = new FarCardsLimits(1 << 20, 20_000, 32, 256);

    /** Checks that every bound is positive. */
    public FarCardsLimits {
        if (maxBodyBytes <= 0 || maxElements <= 0 || maxDepth <= 0 || maxAttributes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
