package org.followupcoach.client.session;

/** The places of the app, in sidebar order (Ctrl+1 … Ctrl+6). */
public enum AppView {
    GUIDE, CHECKLIST, QUIZ, READINESS, TODAY, INTERVIEWS
}
