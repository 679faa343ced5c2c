package io.kopilka.rest.internal.dto;

import java.util.List;
import java.util.function.Function;

import io.kopilka.api.Page;

/** A page of results as JSON. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <A, T> PageView<T> of(Page<A> page, Function<A, T> view) {
        return new PageView<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
    }
}
