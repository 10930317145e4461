package org.followupcoach.core.model;

import java.util.List;
import java.util.Optional;

/** The published article a content pack is built from, with the parts its guidance cites. */
public record SourceArticle(String title, String publisher, String author, String note, List<ArticlePart> parts) {
    public SourceArticle {
        parts = List.copyOf(parts);
    }

    /** The part with this id, if the article has it. */
    public Optional<ArticlePart> part(String id) {
        return parts.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
