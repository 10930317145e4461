package org.followupcoach.core.load;

import java.util.List;
import java.util.Optional;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.validate.Problem;

/** The outcome of loading a pack: the pack when it has no problems, otherwise every problem found. */
public record ContentLoadResult(Optional<ContentPack> pack, List<Problem> problems) {
    public ContentLoadResult {
        problems = List.copyOf(problems);
        if (pack.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a pack or problems");
        }
    }

    /** Whether the pack loaded cleanly. */
    public boolean isValid() {
        return pack.isPresent();
    }
}
