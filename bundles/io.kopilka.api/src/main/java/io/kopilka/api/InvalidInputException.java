package io.kopilka.api;

/** Input that is malformed or breaks a rule (a negative amount, an unparseable phone); the field names what. */
public class InvalidInputException extends KopilkaException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(String field, String message) {
        super(field, message);
    }

    @Override
    public String code() {
        return "invalid";
    }
}
