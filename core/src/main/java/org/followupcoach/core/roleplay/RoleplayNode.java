package org.followupcoach.core.roleplay;

import java.util.List;
import java.util.Optional;

/**
 * One moment of a practice call: what the other side says, and either the replies the caller can pick or, at an
 * ending, the coach's summary of how the call went.
 */
public record RoleplayNode(String id, String line, List<RoleplayChoice> choices, Optional<String> outcome) {
    public RoleplayNode {
        choices = List.copyOf(choices);
    }

    /** Whether the call ends here. */
    public boolean isEnding() {
        return choices.isEmpty();
    }
}
