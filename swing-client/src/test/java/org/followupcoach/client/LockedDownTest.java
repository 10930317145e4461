package org.followupcoach.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.swing.timing.Pause.pause;
import static org.assertj.swing.timing.Timeout.timeout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTextComponentFixture;
import org.assertj.swing.timing.Condition;

import org.followupcoach.core.load.ContentSource;
import org.followupcoach.core.store.ProgressLock;
import org.junit.jupiter.api.Test;

/** The app on a machine that fights back: no writable folder, a second copy running, a broken content pack. */
class LockedDownTest extends AppTestBase {

    private StartOptions with(Path data, ContentSource content) {
        return new StartOptions(data, content, Clock.fixed(NOW, ZoneId.of("Europe/Berlin")), () -> new Random(1),
                () -> { });
    }

    private void awaitNotice(String part) {
        pause(new Condition("a notice saying " + part) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> frame.noticeText()).contains(part);
            }
        }, timeout(20_000));
    }

    @Test
    void anUnwritableDataFolderStillStartsAndSaysProgressCannotBeSaved() throws IOException {
        // Root ignores file permissions, so "cannot write" is a data folder whose parent is a plain file.
        Path blocker = Files.writeString(dataDir.resolve("blocker"), "");
        launch(with(blocker.resolve("data"), ContentSource.bundled()));
        awaitLoaded();
        awaitNotice("can't be saved here");
        window.button("notice.action").requireVisible().requireText("Export progress…");
        window.toggleButton("nav.checklist").click();
        window.panel("checklist").requireVisible();
    }

    @Test
    void aSecondCopyOnTheSameFolderOpensReadOnlyAndSaysWhy() throws IOException {
        Path shared = Files.createDirectories(dataDir.resolve("shared"));
        try (ProgressLock first = ProgressLock.tryAcquire(shared)) {
            assertThat(first.acquired()).isTrue();
            launch(with(shared, ContentSource.bundled()));
            awaitLoaded();
            awaitNotice("already open");
            window.textBox("sidebar.saveStatus").requireText("Read-only session");
        }
    }

    @Test
    void aBrokenContentPackShowsItsProblemsInAReadableWindow() throws IOException {
        Path pack = Files.createDirectories(dataDir.resolve("pack"));
        Files.writeString(pack.resolve("manifest.json"), "{\"schemaVersion\": 1,}");
        launch(with(dataDir.resolve("data"), ContentSource.folder(pack)));
        pause(new Condition("the list of content problems") {
            @Override
            public boolean test() {
                return !GuiActionRunner.execute(() -> frame.isReady())
                        && window.robot().finder().findAll(c -> "loadProblems".equals(c.getName())).size() == 1;
            }
        }, timeout(20_000));
        JTextComponentFixture problems = window.textBox("loadProblems");
        assertThat(problems.text()).contains("manifest.json:1:20:").contains("guide.json:1:1:")
                .doesNotContain("Exception");
    }
}
