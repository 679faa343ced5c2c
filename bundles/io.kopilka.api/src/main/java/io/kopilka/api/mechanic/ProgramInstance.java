package io.kopilka.api.mechanic;

/**
 * A program as a mechanic sees it: which one (for effects and receipts), and its validated parameters.
 *
 * @param version the program's version in force; a receipt records the versions it used
 */
public record ProgramInstance(long id, int version, String name, Parameters parameters) {
}
