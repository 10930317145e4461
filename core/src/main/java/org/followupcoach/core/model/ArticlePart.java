package org.followupcoach.core.model;

/** One part of the source article that guidance can cite, e.g. {@code why-call} with its heading. */
public record ArticlePart(String id, String heading) {
}
