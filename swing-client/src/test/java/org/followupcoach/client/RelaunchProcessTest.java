package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The one test that starts real JVMs: a parent that runs the app in a child JVM with the fast start's options, as
 * the runnable jar does, passes on the child's standard output and its exit code.
 */
class RelaunchProcessTest {

    /** The parent: runs {@link CoachApp} in a child JVM with the given arguments and ends with its exit code. */
    public static void main(String[] args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Relaunch.JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Relaunch.APP_MAIN));
        command.addAll(List.of(args));
        System.exit(Relaunch.run(new Relaunch.Child(command, null, Optional.empty(), "test")));
    }

    private record Ended(int code, String out) {
    }

    private static Ended parent(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RelaunchProcessTest.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Ended(process.exitValue(), out);
    }

    @Test
    void theChildsOutputAndExitCodesPassThroughTheParent() throws IOException, InterruptedException {
        Ended version = parent("--version");
        Ended mistake = parent("--validate-content", "/no/such/folder/anywhere");

        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Follow-Up Coach ").doesNotContain("warning");
        assertThat(mistake.code()).isEqualTo(1);
    }
}
