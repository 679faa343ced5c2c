package io.kopilka.api.guest;

/** A guest's gender as the guest gave it. */
public enum Gender {
    FEMALE, MALE, UNSPECIFIED
}
