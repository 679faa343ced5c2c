package io.kopilka.pos.rkeeper.internal.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One HTTPOrderNotify message. The envelope is official (S11): root {@code <a>} with {@code RestCode},
 * {@code DateTime}, {@code Situation}, {@code seqnumber}, {@code guid}, {@code name}, {@code ShiftNum},
 * {@code ShiftDate}, and {@code <Server>}/{@code <Station>} children. The order and change log follow the
 * third-party shape (T). Absent values are {@code null} ({@code situation} is -1).
 *
 * @param restCode the restaurant's r_keeper code
 * @param dateTimeText {@code DateTime} as sent
 * @param dateTime {@code DateTime} read as the venue's local time, or {@code null} if unreadable
 * @param situation the {@code Situation} code, -1 if absent or not a number
 * @param seqNumber {@code seqnumber} as sent
 * @param guid {@code guid} as sent
 * @param name {@code name} as sent ("Started", "Order Changed", ...)
 * @param shiftNum the common shift's number
 * @param shiftDate the common shift's date
 * @param server the cash server
 * @param station the station, from {@code <Station>} or the order's station
 * @param order the order, or {@code null}
 * @param changes the change log rows
 * @param bodyDigest the SHA-256 of the body, hex
 */
public record Notification(String restCode, String dateTimeText, LocalDateTime dateTime, int situation,
        String seqNumber, String guid, String name, Long shiftNum, LocalDate shiftDate, Ref server, Ref station,
        OrderInfo order, List<DishChange> changes, String bodyDigest) {

    public Notification {
        changes = List.copyOf(changes);
    }
}
