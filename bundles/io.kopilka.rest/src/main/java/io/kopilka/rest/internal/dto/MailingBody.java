package io.kopilka.rest.internal.dto;

import java.util.List;

/** A mailing: its text ({@code {name}} is the guest's name) and, optionally, the guests to reach. */
public record MailingBody(String text, List<Long> guestIds) {
}
