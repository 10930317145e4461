package org.followupcoach.client.interviews;

import java.time.LocalDate;
import java.util.List;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.model.TalkingPoint;
import org.followupcoach.core.plan.Interview;
import org.followupcoach.core.plan.VoicemailComposer;

/**
 * The call cue card for one interview: the voicemail built from the user's details with its checks, and the points
 * to make if the interviewer answers, filled with this interview's qualifications and the thing left unsaid.
 */
public final class CueCardModel {

    private final CoachSession session;
    private final Texts texts;

    /** A cue card source for the session. */
    public CueCardModel(CoachSession session, Texts texts) {
        this.session = session;
        this.texts = texts;
    }

    /** The voicemail for a call made today. */
    public VoicemailComposer.Message voicemail(Interview interview) {
        LocalDate today = LocalDate.now(session.clock().withZone(interview.zone()));
        return VoicemailComposer.compose(session.pack().voicemail(),
                VoicemailComposer.values(session.progress().profile(), interview, today), session.pack().rules());
    }

    /** The talking points in order, as the content gives them. */
    public List<TalkingPoint> talkingPoints() {
        return session.pack().talkingPoints();
    }

    /** The whole card as plain text, for the clipboard and for printing. */
    public String asText(Interview interview) {
        VoicemailComposer.Message message = voicemail(interview);
        StringBuilder out = new StringBuilder();
        out.append(texts.format("CueCard.text.title", interview.company(), interview.role())).append("\n\n");
        out.append(texts.format("CueCard.text.voicemail")).append('\n').append(message.text()).append("\n");
        out.append(texts.format("CueCard.text.length", message.words(), message.seconds())).append("\n\n");
        out.append(texts.format("CueCard.text.answered")).append('\n');
        int n = 1;
        for (TalkingPoint point : talkingPoints()) {
            out.append(n++).append(". ").append(point.title()).append(" — ").append(point.detail()).append('\n');
        }
        if (!interview.keyQualifications().isBlank()) {
            out.append('\n').append(texts.format("CueCard.text.qualifications")).append('\n')
                    .append(interview.keyQualifications()).append('\n');
        }
        if (!interview.wishISaid().isBlank()) {
            out.append('\n').append(texts.format("CueCard.text.wish")).append('\n')
                    .append(interview.wishISaid()).append('\n');
        }
        return out.toString();
    }
}
