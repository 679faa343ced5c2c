package io.kopilka.core.internal.alerts;

/**
 * The venues' time zone, read from the receipt processing configuration ({@code io.kopilka.processing}, property
 * {@code zone}) so that reports and alerts use the same local time as time-of-day rules.
 */
@interface ZoneConfig {

    String PID = "io.kopilka.processing";

    String zone() default "Europe/Moscow";
}
