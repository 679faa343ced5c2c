package io.kopilka.api.program;

import java.util.List;

/**
 * Which receipt lines a program acts on. With include lists, a line must match one of them (by sku or by group);
 * a line matching an exclude list never takes part. Empty lists: every line.
 */
public record LineFilter(List<String> includeSkus, List<String> includeGroups, List<String> excludeSkus,
        List<String> excludeGroups) {

    public static final LineFilter ALL = new LineFilter(List.of(), List.of(), List.of(), List.of());

    public LineFilter {
        includeSkus = includeSkus == null ? List.of() : List.copyOf(includeSkus);
        includeGroups = includeGroups == null ? List.of() : List.copyOf(includeGroups);
        excludeSkus = excludeSkus == null ? List.of() : List.copyOf(excludeSkus);
        excludeGroups = excludeGroups == null ? List.of() : List.copyOf(excludeGroups);
    }

    /** Whether a line with this sku and these groups takes part. */
    public boolean accepts(String sku, List<String> groups) {
        if (excludeSkus.contains(sku) || groups.stream().anyMatch(excludeGroups::contains)) {
            return false;
        }
        if (includeSkus.isEmpty() && includeGroups.isEmpty()) {
            return true;
        }
        return includeSkus.contains(sku) || groups.stream().anyMatch(includeGroups::contains);
    }
}
