package io.kopilka.pos.rkeeper.internal.events;

/**
 * A dish line of an order ({@code <Dish>} in a {@code <Session>}, third-party shape T).
 *
 * @param uni the line's unique number within the order (r_keeper's {@code uni})
 * @param id the dish's r_keeper id
 * @param code the dish's menu code
 * @param name the dish's name
 * @param quantityMilli the quantity in thousandths of a portion ({@code 1000} = 1)
 * @param priceKopecks the price of one portion in kopecks
 * @param sumKopecks the line's amount in kopecks ({@code sum}/{@code amount} if sent, else price × quantity)
 * @param voided whether the line carries a {@code <Void>} child: a saved dish deleted with a reason
 */
public record DishLine(String uni, String id, String code, String name, long quantityMilli, long priceKopecks,
        long sumKopecks, boolean voided) {

    /** The quantity that still counts: 0 for a voided line. */
    public long effectiveMilli() {
        return voided ? 0 : quantityMilli;
    }

    /** The amount of {@code milli} thousandths of this dish: the line's sum for its whole quantity, else by price. */
    public long amountOf(long milli) {
        if (milli == quantityMilli && sumKopecks != 0) {
            return sumKopecks;
        }
        return priced(priceKopecks, milli);
    }

    /** Price × quantity in thousandths, rounded half up to a kopeck. */
    static long priced(long priceKopecks, long milli) {
        return Math.floorDiv(Math.multiplyExact(priceKopecks, milli) + 500, 1000);
    }

    /** This line with another quantity, not voided, its sum recomputed when the quantity changes. */
    DishLine withQuantity(long milli) {
        return new DishLine(uni, id, code, name, milli, priceKopecks, amountOf(milli), false);
    }
}
