package io.kopilka.api.processing;

/**
 * What the guest wants to pay with bonus points.
 *
 * @param amount minor units of points (1 point pays 1 unit of money); ignored when {@code maximum}
 * @param maximum as much as the rules allow
 */
public record Redemption(long amount, boolean maximum) {

    public static final Redemption NONE = new Redemption(0, false);
    public static final Redemption MAXIMUM = new Redemption(0, true);

    public static Redemption of(long amount) {
        return new Redemption(amount, false);
    }
}
