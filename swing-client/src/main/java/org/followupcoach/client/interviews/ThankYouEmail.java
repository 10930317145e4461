package org.followupcoach.client.interviews;

import java.util.List;
import org.followupcoach.client.support.Texts;

/**
 * The written thank-you for one interviewer, built from the interview's details: subject, body, and whether each part
 * the guide asks for is in it (a missing detail shows in the body as its label in brackets).
 */
record ThankYouEmail(String subject, String body, List<Part> parts) {

    /** One part of a good thank-you email and whether this one has it. */
    record Part(String id, String label, boolean present) {
    }

    ThankYouEmail {
        parts = List.copyOf(parts);
    }

    /** Whether every part is there. */
    boolean complete() {
        return parts.stream().allMatch(Part::present);
    }

    /** Subject and body as one text for the clipboard: the subject line first, then a blank line and the body. */
    String asText(Texts texts) {
        return texts.format("ThankYouEmail.clipboard", subject, body);
    }
}
