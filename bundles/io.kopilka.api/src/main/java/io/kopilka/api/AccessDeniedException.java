package io.kopilka.api;

/** The caller is known but its kind or organization may not do this. */
public class AccessDeniedException extends KopilkaException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(null, message);
    }

    @Override
    public String code() {
        return "forbidden";
    }
}
