package org.followupcoach.core.roleplay;

/** How the coach rates a role-play reply: what to aim for, what works, and what to avoid. */
public enum ChoiceTone {
    GOOD, FAIR, POOR
}
