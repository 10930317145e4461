package org.followupcoach.client.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.List;
import org.followupcoach.core.store.WindowBounds;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    private static final Rectangle LAPTOP = new Rectangle(0, 0, 1366, 728);
    private static final Rectangle MONITOR_RIGHT = new Rectangle(1366, 0, 1920, 1040);
    private static final Rectangle MONITOR_LEFT = new Rectangle(-1920, 0, 1920, 1040);

    private static WindowBounds saved(int x, int y, int w, int h) {
        return new WindowBounds(x, y, w, h, false);
    }

    @Test
    void aFirstStartOpensAComfortableSizeInTheMiddleOfTheMainScreen() {
        assertThat(WindowPlacement.place(null, List.of(MONITOR_RIGHT, LAPTOP)))
                .isEqualTo(new Rectangle(1366 + 370, 120, 1180, 800));
    }

    @Test
    void aSmallMainScreenGetsAWindowThatFitsIt() {
        assertThat(WindowPlacement.place(null, List.of(new Rectangle(0, 0, 1024, 700))))
                .isEqualTo(new Rectangle(0, 0, 1024, 700));
    }

    @Test
    void aWindowStillOnAScreenOpensWhereItWas() {
        assertThat(WindowPlacement.place(saved(1500, 100, 1200, 800), List.of(LAPTOP, MONITOR_RIGHT)))
                .isEqualTo(new Rectangle(1500, 100, 1200, 800));
    }

    @Test
    void aWindowOnASecondScreenToTheLeftOfTheMainOneOpensThere() {
        assertThat(WindowPlacement.place(saved(-1800, 50, 1200, 800), List.of(LAPTOP, MONITOR_LEFT)))
                .isEqualTo(new Rectangle(-1800, 50, 1200, 800));
    }

    @Test
    void aWindowLeftOnAMonitorThatIsGoneOpensOnTheMainScreen() {
        Rectangle placed = WindowPlacement.place(saved(1500, 100, 1200, 800), List.of(LAPTOP));
        assertThat(LAPTOP.contains(placed)).isTrue();
        assertThat(placed).isEqualTo(new Rectangle(93, 0, 1180, 728));
    }

    @Test
    void aWindowHalfOffItsScreenIsMovedAndShrunkOntoTheScreenShowingMostOfIt() {
        Rectangle placed = WindowPlacement.place(saved(1000, 300, 1200, 900), List.of(LAPTOP, MONITOR_RIGHT));
        assertThat(MONITOR_RIGHT.contains(placed)).isTrue();
        assertThat(placed).isEqualTo(new Rectangle(1366, 140, 1200, 900));
    }

    @Test
    void aTinyOrNonsenseSavedSizeIsIgnored() {
        assertThat(WindowPlacement.place(saved(10, 10, 50, 40), List.of(LAPTOP)))
                .isEqualTo(new Rectangle(93, 0, 1180, 728));
    }

    @Test
    void aWindowTallerThanItsScreenIsShrunkToFit() {
        assertThat(WindowPlacement.place(saved(0, 0, 1300, 1000), List.of(LAPTOP)))
                .isEqualTo(new Rectangle(0, 0, 1300, 728));
    }

    @Test
    void aSecondCopyOpensDownAndRightOfTheFirst() {
        assertThat(WindowPlacement.cascade(new Rectangle(370, 120, 1180, 800), List.of(new Rectangle(0, 0, 1920, 1040))))
                .isEqualTo(new Rectangle(402, 152, 1180, 800));
    }

    @Test
    void aSecondCopyWithNoRoomBelowOpensUpAndLeftOfTheFirst() {
        assertThat(WindowPlacement.cascade(new Rectangle(100, 28, 1180, 700), List.of(LAPTOP)))
                .isEqualTo(new Rectangle(68, 0, 1180, 696));
    }

    @Test
    void aSecondCopyOfAWindowFillingTheScreenIsStillOffset() {
        Rectangle screen = new Rectangle(0, 0, 1024, 768);
        Rectangle second = WindowPlacement.cascade(screen, List.of(screen));
        assertThat(second.getLocation()).isNotEqualTo(screen.getLocation());
        assertThat(screen.contains(second)).isTrue();
    }
}
