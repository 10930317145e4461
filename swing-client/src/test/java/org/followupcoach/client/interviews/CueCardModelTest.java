package org.followupcoach.client.interviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.load.ContentLoader;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.TalkingPoint;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.InterviewForm;
import org.followupcoach.core.plan.VoicemailComposer;
import org.followupcoach.core.store.Progress;
import org.followupcoach.core.store.ProgressStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CueCardModelTest {

    private static final ContentPack PACK = ContentLoader.loadBundled().pack().orElseThrow();
    /** Monday, three days after a Friday interview. */
    private static final Instant NOW = Instant.parse("2026-11-23T18:30:00Z");
    private static final Texts TEXTS = (key, args) -> key + Arrays.toString(args);

    @TempDir
    Path dataDir;

    private CoachSession session;
    private CueCardModel cueCard;

    @BeforeEach
    void setUp() {
        Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));
        session = new CoachSession(PACK, Progress.empty(), false, new ProgressStore(dataDir, clock), Runnable::run,
                Runnable::run, clock);
        cueCard = new CueCardModel(session, TEXTS);
    }

    private Interview interview(String qualifications, String wish) {
        InterviewForm.Result result = InterviewForm.check("iv-1", new InterviewForm.Input("Acme Analytics",
                "Junior Data Analyst", "Priya Patel", "Head of Data", "+49 30 1234 5678", "2026-11-20", "14:30",
                "Europe/Berlin", "", qualifications, wish));
        assertThat(result.isValid()).isTrue();
        return result.interview();
    }

    @Test
    void theVoicemailCarriesTheUsersAndTheInterviewsDetails() {
        session.setProfile(new CallerProfile("Sam Rivera", "+1 555 010 0199"));

        VoicemailComposer.Message message = cueCard.voicemail(interview("", ""));

        assertThat(message.text()).contains("Sam Rivera", "Junior Data Analyst", "on Friday", "+1 555 010 0199",
                "Priya Patel");
        assertThat(message.complete()).isTrue();
        assertThat(message.checks()).hasSize(PACK.voicemail().elements().size());
        assertThat(message.tooLong()).isFalse();
        assertThat(message.seconds()).isEqualTo(VoicemailComposer.secondsToSay(message.words()));
    }

    @Test
    void aMissingNameShowsAsAGapAndFailsOnlyItsOwnCheck() {
        session.setProfile(new CallerProfile("", "+1 555 010 0199"));

        VoicemailComposer.Message message = cueCard.voicemail(interview("", ""));

        assertThat(message.text()).contains("[Your name]");
        assertThat(message.complete()).isFalse();
        assertThat(message.checks()).filteredOn(c -> !c.present()).extracting(c -> c.element().id())
                .containsExactly("name");
    }

    @Test
    void theTalkingPointsAreTheContentsInOrder() {
        assertThat(cueCard.talkingPoints()).extracting(TalkingPoint::id).first().isEqualTo("remind-who-you-are");
        assertThat(cueCard.talkingPoints()).isEqualTo(PACK.talkingPoints());
    }

    @Test
    void theCardAsTextHoldsMessageTalkingPointsQualificationsAndTheThingLeftUnsaid() {
        session.setProfile(new CallerProfile("Sam Rivera", "+1 555 010 0199"));

        String text = cueCard.asText(interview("SQL and Python daily for three years", "That I led the migration"));

        assertThat(text).contains("CueCard.text.title[Acme Analytics, Junior Data Analyst]", "Sam Rivera");
        for (TalkingPoint point : PACK.talkingPoints()) {
            assertThat(text).contains(point.title(), point.detail());
        }
        assertThat(text).contains("CueCard.text.qualifications", "SQL and Python daily for three years",
                "CueCard.text.wish", "That I led the migration");
    }

    @Test
    void theCardAsTextLeavesOutEmptySections() {
        String text = cueCard.asText(interview("", ""));

        assertThat(text).doesNotContain("CueCard.text.qualifications", "CueCard.text.wish");
    }
}
