package io.kopilka.mechanic.tiers.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.kopilka.api.mechanic.TierStatus;

/**
 * The levels of a ladder ordered by threshold: which level an amount spent reaches and how far away the next one is.
 * Of levels with equal thresholds the one listed last is the one reached.
 */
final class Ladder {

    private final List<Level> levels;

    Ladder(List<Level> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("A ladder needs at least one level");
        }
        this.levels = levels.stream().sorted(Comparator.comparingLong(Level::threshold)).toList();
    }

    /** The highest level whose threshold is at most {@code spend}; empty below every threshold. */
    Optional<Level> levelAt(long spend) {
        Level reached = null;
        for (Level level : levels) {
            if (level.threshold() > spend) {
                break;
            }
            reached = level;
        }
        return Optional.ofNullable(reached);
    }

    /** The lowest level whose threshold is above {@code spend}; empty at the top. */
    Optional<Level> nextAbove(long spend) {
        return levels.stream().filter(level -> level.threshold() > spend).findFirst();
    }

    /**
     * The guest's standing at {@code spend}, with the minor units still to spend to reach the next level (0 and no
     * next level at the top); empty below every threshold.
     */
    Optional<TierStatus> status(long spend) {
        Optional<Level> next = nextAbove(spend);
        String nextName = next.map(Level::name).orElse(null);
        long remaining = next.map(level -> level.threshold() - spend).orElse(0L);
        return levelAt(spend).map(level -> new TierStatus(level.name(), level.discountPercent(),
                level.bonusPercent(), nextName, remaining));
    }
}
