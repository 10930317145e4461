package org.followupcoach.client;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.followupcoach.core.load.ContentLoadResult;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.model.ContentPack;

/** {@code --validate-content DIR}: checks a coach's content pack without opening a window. */
final class ContentCheck {

    private ContentCheck() {
    }

    /** Prints every problem as {@code file:line:column: message} and returns 1, or a summary and 0. */
    static int run(Path folder, PrintStream out, PrintStream err) {
        if (!Files.isDirectory(folder)) {
            err.println(folder + " is not a folder. Give the folder that holds manifest.json, guide.json and the rest.");
            return 1;
        }
        ContentLoadResult result = ContentLoader.load(ContentSource.folder(folder));
        if (!result.isValid()) {
            result.problems().forEach(out::println);
            err.println(result.problems().size() + (result.problems().size() == 1 ? " problem" : " problems")
                    + " found in " + folder.toAbsolutePath());
            return 1;
        }
        ContentPack pack = result.pack().orElseThrow();
        out.println("OK: " + folder.toAbsolutePath() + " — " + pack.sections().size() + " sections, "
                + pack.tips().size() + " tips, " + pack.faqs().size() + " FAQs, " + pack.checklistItems().size()
                + " checklist items, " + pack.quiz().questions().size() + " quiz questions, no problems.");
        return 0;
    }
}
