package org.followupcoach.core.plan;

/** The user's own details that go into every voicemail: their name and a number to call back on. */
public record CallerProfile(String name, String phone) {
    public CallerProfile {
        name = name == null ? "" : name;
        phone = phone == null ? "" : phone;
    }

    /** Nothing entered yet. */
    public static final CallerProfile EMPTY = new CallerProfile("", "");
}
