package org.followupcoach.core.model;

/** What a content pack is, which format it uses, and where its guidance comes from. */
public record Manifest(int schemaVersion, String contentVersion, String language, String title, SourceArticle source) {
}
