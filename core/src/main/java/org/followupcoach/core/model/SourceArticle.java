package org.followupcoach.core.model;

/** The published article a content pack is built from. */
public record SourceArticle(String title, String publisher, String author, String note) {
}
