package io.kopilka.api.guest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kopilka.api.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"8 916 123-45-67", "+7(916)1234567", "79161234567", "9161234567", " +7 916 123 45 67 ",
        "8(916)123.45.67"})
    void russianFormsBecomeE164(String raw) {
        assertEquals("+79161234567", PhoneNumbers.normalize(raw, "phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "+442079460958"})
    void internationalNumbersKeepTheirCode(String raw) {
        assertEquals("+442079460958", PhoneNumbers.normalize(raw, "phone"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "12345", "+7 916 123", "8916123456789", "+0123456789", "916-12a-34-56",
        "+1234567890123456", "59161234567"})
    void rejectsWhatIsNotAPhone(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PhoneNumbers.normalize(raw, "phone"));
        assertEquals("phone", e.field());
        assertFalse(PhoneNumbers.isPhone(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"89161234567"})
    void recognisesPhones(String raw) {
        assertTrue(PhoneNumbers.isPhone(raw));
    }
}
