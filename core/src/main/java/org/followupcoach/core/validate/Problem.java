package org.followupcoach.core.validate;

/** One thing wrong with a content pack, located precisely enough for an author to fix it. */
public record Problem(String file, String jsonPath, int line, int column, String message, Severity severity) {

    /** An error stops the pack from loading; a warning is worth fixing but the pack still works. */
    public enum Severity {
        ERROR, WARNING
    }

    /** An error at the given place. */
    public Problem(String file, String jsonPath, int line, int column, String message) {
        this(file, jsonPath, line, column, message, Severity.ERROR);
    }

    /** Whether this is only a warning. */
    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** The same finding as an error, for {@code --strict} checks that accept no warnings. */
    public Problem asError() {
        return new Problem(file, jsonPath, line, column, message, Severity.ERROR);
    }

    /**
     * Formats the problem as {@code file:line:column: $.path: message} (warnings as
     * {@code file:line:column: warning: $.path: message}), the form editors and terminals link.
     */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (isWarning() ? "warning: " : "")
                + (jsonPath.isEmpty() ? "" : jsonPath + ": ") + message;
    }
}
