package io.kopilka.api.mechanic;

/** Types of program parameters, as JSON carries them. */
public enum ParameterType {
    /** A decimal number (a percent, a factor). */
    DECIMAL,
    /** An amount of money or points: a decimal with at most 2 fractional digits, as {@link java.math.BigDecimal}. */
    MONEY,
    /** A whole number (days, a count). */
    INTEGER,
    STRING,
    BOOLEAN,
    /** One of {@link ParameterSpec#allowed()}. */
    ENUM,
    /** A time of day, {@code HH:mm}. */
    TIME,
    /** A date, {@code YYYY-MM-DD}, or a yearly date {@code --MM-DD}. */
    DATE,
    /** A list of strings. */
    STRING_LIST,
    /** A list of objects, each checked against {@link ParameterSpec#items()}. */
    OBJECT_LIST
}
