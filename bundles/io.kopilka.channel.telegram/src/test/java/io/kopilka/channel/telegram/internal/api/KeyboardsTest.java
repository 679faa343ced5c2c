package io.kopilka.channel.telegram.internal.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import io.kopilka.api.messaging.Message.Button;
import org.junit.jupiter.api.Test;

/** Buttons become the Bot API's reply or inline keyboards. */
class KeyboardsTest {

    @Test
    void theContactButtonAsksForThePhoneOnce() {
        assertEquals("{\"keyboard\":[[{\"text\":\"Номер\",\"request_contact\":true}]],\"resize_keyboard\":true,"
                + "\"one_time_keyboard\":true}", Keyboards.markup(List.of(new Button("Номер",
                        Keyboards.SHARE_CONTACT))).toString());
    }

    @Test
    void menuButtonsComeTwoARow() {
        List<Button> menu = List.of(new Button("a", Keyboards.SEND_TEXT), new Button("b", Keyboards.SEND_TEXT),
                new Button("c", Keyboards.SEND_TEXT));
        assertEquals("[[{\"text\":\"a\"},{\"text\":\"b\"}],[{\"text\":\"c\"}]]",
                Keyboards.markup(menu).get("keyboard").toString());
    }

    @Test
    void longInlineButtonsTakeARowEach() {
        assertEquals("[[{\"text\":\"Согласен\",\"callback_data\":\"consent:all\"}],[{\"text\":\"Нет, спасибо\","
                + "\"callback_data\":\"consent:none\"}]]", Keyboards.markup(List.of(new Button("Согласен",
                        "consent:all"), new Button("Нет, спасибо", "consent:none"))).get("inline_keyboard")
                .toString());
    }

    @Test
    void callbackDataMustFitSixtyFourBytes() {
        String cyrillic33 = "я".repeat(33);
        assertThrows(IllegalArgumentException.class, () -> Keyboards.markup(List.of(new Button("x", cyrillic33))));
        assertThrows(IllegalArgumentException.class, () -> Keyboards.markup(List.of(new Button("x", null))));
        assertThrows(IllegalArgumentException.class, () -> Keyboards.markup(List.of(new Button(" ", "a"))));
        assertEquals(1, Keyboards.markup(List.of(new Button("x", "я".repeat(32)))).get("inline_keyboard").size());
        assertNull(Keyboards.markup(List.of()));
    }
}
