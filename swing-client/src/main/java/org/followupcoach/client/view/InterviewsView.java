package org.followupcoach.client.view;

import javax.swing.JPanel;
import org.followupcoach.client.presentation.CueCardModel;
import org.followupcoach.client.presentation.InterviewsModel;
import org.followupcoach.client.presentation.NavigationModel;

/** Being written (planner helper). */
public final class InterviewsView extends JPanel {
    /** Creates the view. */
    public InterviewsView(InterviewsModel interviews, CueCardModel cueCard) {
    }
}
