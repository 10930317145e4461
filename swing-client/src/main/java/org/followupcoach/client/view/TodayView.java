package org.followupcoach.client.view;

import javax.swing.JPanel;
import org.followupcoach.client.presentation.CueCardModel;
import org.followupcoach.client.presentation.InterviewsModel;
import org.followupcoach.client.presentation.NavigationModel;

/** Being written (planner helper). */
public final class TodayView extends JPanel {
    /** Creates the view. */
    public TodayView(InterviewsModel interviews, NavigationModel navigation) {
    }
}
