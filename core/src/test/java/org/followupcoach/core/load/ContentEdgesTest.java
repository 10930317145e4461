package org.followupcoach.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.followupcoach.core.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A content pack at the edges: texts too long to show, and files that are not files. */
class ContentEdgesTest {

    @TempDir
    Path dir;

    @Test
    void aTextLongerThanTheLimitIsReportedWhereItIs() {
        PackFixture pack = PackFixture.minimal(dir).replace("faq.json", "\"A few working days after the interview.\"",
                "\"" + "a".repeat(Limits.CONTENT_STRING + 1) + "\"");

        assertThat(pack.problems()).containsExactly("faq.json:6:17: $.faqs[0].answer: \"answer\" is "
                + (Limits.CONTENT_STRING + 1) + " characters long; a content text may have at most "
                + Limits.CONTENT_STRING);
    }

    @Test
    void aTextAtTheLimitIsFine() {
        PackFixture pack = PackFixture.minimal(dir).replace("faq.json", "\"A few working days after the interview.\"",
                "\"" + "a".repeat(Limits.CONTENT_STRING) + "\"");

        assertThat(pack.problems()).isEmpty();
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNamedPipeInAPackIsReportedInsteadOfWaitingForEver() throws Exception {
        PackFixture pack = PackFixture.minimal(dir).delete("faq.json");
        new ProcessBuilder("mkfifo", dir.resolve("faq.json").toString()).start().waitFor();

        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), pack::problems);

        assertThat(problems).singleElement().asString().startsWith("faq.json:1:1: the file could not be read: ")
                .endsWith("is a special file (a pipe or device), not a regular file");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aLinkToADeviceIsReportedAndALinkToAFileIsFollowed(@TempDir Path elsewhere) throws Exception {
        PackFixture pack = PackFixture.minimal(dir).delete("faq.json").delete("tips.json");
        Files.createSymbolicLink(dir.resolve("faq.json"), Path.of("/dev/zero"));
        Files.write(elsewhere.resolve("tips.json"), PackFixture.minimalBytes("tips.json"));
        Files.createSymbolicLink(dir.resolve("tips.json"), elsewhere.resolve("tips.json"));

        List<String> problems = assertTimeoutPreemptively(Duration.ofSeconds(20), pack::problems);

        assertThat(problems).singleElement().asString().startsWith("faq.json:1:1: the file could not be read: ")
                .endsWith("is a special file (a pipe or device), not a regular file");
    }
}
