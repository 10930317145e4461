package org.followupcoach.core.readiness;

import java.util.List;
import org.followupcoach.core.plan.CallerProfile;
import org.followupcoach.core.plan.Interview;

/** "Ready for the call to <company>": one interview's score and its three parts, in percent. */
public record InterviewReadiness(String interviewId, String company, int score, int checklistPercent,
                                 int cueCardPercent, int quizPercent) {

    /**
     * How much of the cue card is filled in: your name and number (the voicemail needs them), the interviewer's name,
     * the company and role, your key qualifications and what you wish you had said.
     */
    public static int cueCardPercent(Interview interview, CallerProfile profile) {
        List<String> fields = List.of(profile.name(), profile.phone(), interview.interviewerName(),
                interview.company(), interview.role(), interview.keyQualifications(), interview.wishISaid());
        long filled = fields.stream().filter(f -> f != null && !f.isBlank()).count();
        return Math.round(100f * filled / fields.size());
    }

    /** Whether every field of the cue card is filled in. */
    public boolean cueCardComplete() {
        return cueCardPercent == 100;
    }
}
