package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Starting at the edges: a data folder the platform cannot name, and what reaches the console. */
class StartupEdgesTest {

    @Test
    void aDataFolderThatCannotBeAPathIsOneSentenceNamingTheVariable() {
        assertThatThrownBy(() -> DataDirectory.resolve(Optional.empty(),
                Map.of(DataDirectory.ENV, "/tmp/a\0b"), Optional.empty(), Path.of("/unused")))
                .isInstanceOf(DataDirectory.UnusablePathException.class)
                .hasMessageContaining("FOLLOWUP_COACH_HOME").hasMessageContaining("LANG=C.UTF-8");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    @EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+")
    void aFolderNamedUbungUnderLangCExitsWithTwoAndOneLine(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CoachApp.class.getName());
        builder.environment().put("LANG", "C");
        builder.environment().put("LC_ALL", "C");
        builder.environment().put(DataDirectory.ENV, dir.resolve("\u00dcbung").toString());
        Process child = builder.start();
        child.getOutputStream().close();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(child.exitValue()).isEqualTo(2);
        assertThat(err.strip().lines()).singleElement().asString().contains("FOLLOWUP_COACH_HOME");
    }

    @Test
    void aWarningReachesTheConsoleAsOneLineWithoutItsStackTrace() throws IOException {
        LogRecord record = new LogRecord(Level.WARNING, "Saving progress failed");
        record.setThrown(new AccessDeniedException("/data/progress.json.tmp-1", null, "Permission denied\nreally"));

        String line = new AppLogging.OneLine().format(record);

        assertThat(line.strip().lines()).singleElement().asString().contains("Saving progress failed")
                .contains("AccessDeniedException").contains("/data/progress.json.tmp-1").doesNotContain("\tat ");
    }
}
