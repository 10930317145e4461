package org.followupcoach.core.model;

import java.util.Optional;

/**
 * The {@code source} of a piece of advice: {@code "coach"} for the project's own advice, or {@code "article:<part>"}
 * for a fact or rule the article gives in that part.
 */
public final class Sources {

    /** The source of advice the article does not give. */
    public static final String COACH = "coach";
    /** Prefix of a source in the article; the rest is an {@link ArticlePart} id. */
    public static final String ARTICLE_PREFIX = "article:";

    private Sources() {
    }

    /** Whether {@code source} marks the coach's own advice. */
    public static boolean isCoach(String source) {
        return COACH.equals(source);
    }

    /** The article part id of {@code source}, or empty for the coach's advice or a malformed value. */
    public static Optional<String> articlePart(String source) {
        if (source == null || !source.startsWith(ARTICLE_PREFIX) || source.length() == ARTICLE_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(source.substring(ARTICLE_PREFIX.length()));
    }
}
