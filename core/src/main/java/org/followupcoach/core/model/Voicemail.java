package org.followupcoach.core.model;

import java.util.List;

/** The required elements of a voicemail and an example script with placeholders. */
public record Voicemail(List<VoicemailElement> elements, List<Placeholder> placeholders, String script) {
    public Voicemail {
        elements = List.copyOf(elements);
        placeholders = List.copyOf(placeholders);
    }
}
