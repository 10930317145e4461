package org.followupcoach.core.validate;

/** One thing wrong with a content pack, located precisely enough for an author to fix it. */
public record Problem(String file, String jsonPath, int line, int column, String message) {

    /** Formats the problem as {@code file:line:column: $.path: message}, the form editors and terminals link. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (jsonPath.isEmpty() ? "" : jsonPath + ": ") + message;
    }
}
