package org.followupcoach.core.store;

import java.util.Optional;

/**
 * Progress as found at start, with what the user should be told about it: recovered from the backup, a damaged
 * file set aside, or a newer file that must not be overwritten (then {@code readOnly} is true).
 */
public record LoadedProgress(Progress progress, boolean readOnly, Optional<String> notice) {
}
