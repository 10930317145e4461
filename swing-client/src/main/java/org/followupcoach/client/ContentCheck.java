package org.followupcoach.client;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.model.ContentPack;

/** {@code --validate-content [--strict] DIR}: checks a coach's content pack without opening a window. */
final class ContentCheck {

    private ContentCheck() {
    }

    /** Checks without {@code --strict}: warnings are printed but do not fail the check. */
    static int run(Path folder, PrintStream out, PrintStream err) {
        return run(folder, false, out, err);
    }

    /**
     * Prints every problem as {@code file:line:column: message} and returns 1, or the warnings and a summary and 0.
     * With {@code strict} (for a pack about to ship) every warning, the quiz lint's included, counts as a problem.
     */
    static int run(Path folder, boolean strict, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a folder. Give the folder that holds manifest.json, guide.json and the rest.");
            return 1;
        }
        ContentLoadResult loaded = ContentLoader.load(ContentSource.folder(folder));
        ContentLoadResult result = strict ? loaded.strict() : loaded;
        if (!result.isValid()) {
            result.problems().forEach(out::println);
            err.println(result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")
                    + " found in " + folder.toAbsolutePath());
            return 1;
        }
        ContentPack pack = result.pack().orElseThrow();
        result.warnings().forEach(out::println);
        String warnings = result.warnings().isEmpty() ? "no problems."
                : "no problems, " + result.warnings().size()
                + (result.warnings().size() == 1 ? " warning" : " warnings") + " (--strict fails on them).";
        out.println("OK: " + folder.toAbsolutePath() + " — " + pack.sections().size() + " sections, "
                + pack.tips().size() + " tips, " + pack.faqs().size() + " FAQs, " + pack.checklistItems().size()
                + " checklist items, " + pack.quiz().questions().size() + " quiz questions, " + warnings);
        return 0;
    }
}
