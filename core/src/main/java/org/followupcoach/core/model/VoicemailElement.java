package org.followupcoach.core.model;

import java.util.List;

/** One thing every voicemail must contain, and the placeholders that fill it. */
public record VoicemailElement(String id, String label, String description, List<String> placeholders) {
    public VoicemailElement {
        placeholders = List.copyOf(placeholders);
    }
}
