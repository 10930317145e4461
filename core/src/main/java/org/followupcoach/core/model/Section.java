package org.followupcoach.core.model;

import java.util.List;

/**
 * One section of the guide, in reading order; {@code source} is {@code "coach"} or {@code "article:<part>"}
 * (see {@link Sources}).
 */
public record Section(String id, String title, String summary, List<String> body, String source) {
    public Section {
        body = List.copyOf(body);
    }
}
