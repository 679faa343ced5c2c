package io.kopilka.mechanic.tiers.internal;

/** Which of a guest's purchases count toward their level. */
enum SpendBasis {
    /** All money ever spent (after refunds): the level only goes up, except by refunds. */
    ALL_TIME,
    /** Money spent in a rolling window before the receipt: a guest who stops buying falls back. */
    WINDOW
}
