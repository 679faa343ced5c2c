package io.kopilka.api;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items the items of this page
 * @param page zero-based page number
 * @param size the requested page size
 * @param total how many items there are in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** Checks and clamps paging parameters: page from 0, size 1..{@value #MAX_SIZE}. */
    public static void validate(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static final int MAX_SIZE = 500;
}
