package io.kopilka.api;

/** A referenced thing (guest, identifier, entry, token) does not exist. */
public class NotFoundException extends KopilkaException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "not-found";
    }
}
