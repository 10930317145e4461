package org.followupcoach.client.interviews;

import java.time.LocalDate;
import java.util.List;
import org.followupcoach.client.session.CoachSession;
import org.followupcoach.client.session.NavigationModel;
import org.followupcoach.client.support.Texts;
import org.followupcoach.core.model.Rules;
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
    private final NavigationModel navigation;

    /** A cue card source for the session, with no way to open a rehearsal. */
    public CueCardModel(CoachSession session, Texts texts) {
        this(session, texts, null);
    }

    /** A cue card source for the session that can open the rehearsal through {@code navigation}. */
    public CueCardModel(CoachSession session, Texts texts, NavigationModel navigation) {
        this.session = session;
        this.texts = texts;
        this.navigation = navigation;
    }

    /** Whether the card can offer a rehearsal. */
    public boolean canRehearse() {
        return navigation != null;
    }

    /** Opens the rehearsal of the call about {@code interview}. */
    public void rehearse(Interview interview) {
        if (navigation != null) {
            navigation.openRehearsal(java.util.Optional.of(interview.id()));
        }
    }

    /** The voicemail for a call made today. */
    public VoicemailComposer.Message voicemail(Interview interview) {
        LocalDate today = LocalDate.now(session.clock().withZone(interview.zone()));
        return VoicemailComposer.compose(session.pack().voicemail(),
                VoicemailComposer.values(session.progress().profile(), interview, today), session.pack().rules());
    }

    /**
     * The written thank-you to the interviewer, sent within the pack's thankYouWithinHours of the interview whether or
     * not the call gets through: a subject they can file, a greeting by name, thanks for their time on the interview
     * day, why you fit (the interview's key qualifications), anything you forgot to say, an offer of more
     * information, and your name and number.
     */
    public ThankYouEmail thankYouEmail(Interview interview) {
        String name = session.progress().profile().name().strip();
        String phone = session.progress().profile().phone().strip();
        String interviewer = interview.interviewerName().strip();
        String role = interview.role().strip();
        String fit = interview.keyQualifications().strip();
        LocalDate today = LocalDate.now(session.clock().withZone(interview.zone()));
        String day = interview.interviewAt() == null ? ""
                : VoicemailComposer.dayPhrase(interview.interviewAt().toLocalDate(), today);
        StringBuilder body = new StringBuilder();
        body.append(texts.format("ThankYouEmail.greeting", or(interviewer, "ThankYouEmail.gap.interviewer")))
                .append("\n\n");
        body.append(texts.format("ThankYouEmail.thanks", or(day, "ThankYouEmail.gap.day"),
                or(role, "ThankYouEmail.gap.role"), interview.company().strip())).append("\n\n");
        body.append(texts.format("ThankYouEmail.fit", or(fit, "ThankYouEmail.gap.fit"))).append("\n\n");
        if (!interview.wishISaid().isBlank()) {
            body.append(texts.format("ThankYouEmail.wish", interview.wishISaid().strip())).append("\n\n");
        }
        body.append(texts.format("ThankYouEmail.offer")).append("\n\n");
        body.append(texts.format("ThankYouEmail.signOff", or(name, "ThankYouEmail.gap.name"),
                or(phone, "ThankYouEmail.gap.phone")));
        String subject = texts.format("ThankYouEmail.subject", or(role, "ThankYouEmail.gap.role"),
                or(name, "ThankYouEmail.gap.name"));
        List<ThankYouEmail.Part> parts = List.of(
                part("subject", !role.isEmpty() && !name.isEmpty()),
                part("greeting", !interviewer.isEmpty()),
                part("thanks", !role.isEmpty() && !day.isEmpty()),
                part("fit", !fit.isEmpty()),
                part("offer", true),
                part("signOff", !name.isEmpty() && !phone.isEmpty()));
        return new ThankYouEmail(subject, body.toString(), parts);
    }

    private ThankYouEmail.Part part(String id, boolean present) {
        return new ThankYouEmail.Part(id, texts.format("ThankYouEmail.part." + id), present);
    }

    /** {@code value}, or the bracketed label of the detail still missing, so the gap is obvious in the text. */
    private String or(String value, String gapKey) {
        return value.isEmpty() ? texts.format(gapKey) : value;
    }

    /** Hours after the interview by which the thank-you goes out, from the pack's rules. */
    public int thankYouWithinHours() {
        return session.pack().rules().value(Rules.THANK_YOU_WITHIN_HOURS);
    }

    /** The email as subject and body for the clipboard. */
    public String thankYouEmailText(Interview interview) {
        return thankYouEmail(interview).asText(texts);
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
