package io.kopilka.pos.rkeeper.internal.events;

/**
 * One row of a notification's {@code <ChangeLog>} (third-party shape T): how a dish line's quantity changed in the
 * edit the notification reports.
 *
 * @param uni the dish line's unique number
 * @param id the dish's r_keeper id
 * @param code the dish's code
 * @param name the dish's name, if sent
 * @param oldMilli the quantity before, in thousandths
 * @param newMilli the quantity after, in thousandths
 * @param added whether the row is flagged {@code new="1"} (a line added by this edit)
 */
public record DishChange(String uni, String id, String code, String name, long oldMilli, long newMilli,
        boolean added) {
}
