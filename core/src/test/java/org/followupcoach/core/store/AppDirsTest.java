package org.followupcoach.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppDirsTest {

    private static final Path HOME = Path.of("/home/sam");

    @Test
    void windowsUsesAppData() {
        assertThat(AppDirs.dataDir(Map.of("APPDATA", "/roaming"), "Windows 11", HOME))
                .isEqualTo(Path.of("/roaming", "FollowUpCoach"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(AppDirs.dataDir(Map.of(), "Mac OS X", HOME))
                .isEqualTo(HOME.resolve("Library/Application Support/FollowUpCoach"));
    }

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(AppDirs.dataDir(Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME))
                .isEqualTo(Path.of("/data", "followup-coach"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgIsUnsetOrRelative() {
        assertThat(AppDirs.dataDir(Map.of(), "Linux", HOME)).isEqualTo(HOME.resolve(".local/share/followup-coach"));
        assertThat(AppDirs.dataDir(Map.of("XDG_DATA_HOME", "rel"), "Linux", HOME))
                .isEqualTo(HOME.resolve(".local/share/followup-coach"));
    }
}
