package org.followupcoach.core.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.validate.Problem;

/**
 * The outcome of loading a pack: the pack when it has no problems, otherwise every problem found; warnings (the quiz
 * lint's findings, say) come with either and do not stop the pack from loading.
 */
public record ContentLoadResult(Optional<ContentPack> pack, List<Problem> problems, List<Problem> warnings) {
    public ContentLoadResult {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        if (pack.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("a result holds either a pack or problems");
        }
    }

    /** A result without warnings. */
    public ContentLoadResult(Optional<ContentPack> pack, List<Problem> problems) {
        this(pack, problems, List.of());
    }

    /** Whether the pack loaded cleanly. */
    public boolean isValid() {
        return pack.isPresent();
    }

    /** The result of a check that accepts no warnings ({@code --strict}): every warning becomes a problem. */
    public ContentLoadResult strict() {
        if (warnings.isEmpty()) {
            return this;
        }
        List<Problem> all = new ArrayList<>(problems);
        warnings.stream().map(Problem::asError).forEach(all::add);
        all.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return new ContentLoadResult(Optional.empty(), all, List.of());
    }
}
