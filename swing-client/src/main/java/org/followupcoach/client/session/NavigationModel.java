package org.followupcoach.client.session;

import java.util.function.Consumer;
import org.followupcoach.client.support.Bean;

/** Which view is showing; links anywhere in the app ("why?", "read up on this") go through here. */
public final class NavigationModel extends Bean {

    private final CoachSession session;
    private final Consumer<String> sectionSelector;
    private AppView view;
    private Consumer<java.util.Optional<String>> rehearsalOpener = interviewId -> { };

    /**
     * Starts on the view the user last had open, or the guide. The guide's section selector is passed in rather than
     * the guide's model, so that the session knows no feature.
     */
    public NavigationModel(CoachSession session, Consumer<String> sectionSelector) {
        this.session = session;
        this.sectionSelector = sectionSelector;
        this.view = parse(session.progress().ui().lastView());
    }

    private static AppView parse(String name) {
        if (name != null) {
            for (AppView v : AppView.values()) {
                if (v.name().equals(name)) {
                    return v;
                }
            }
        }
        return AppView.GUIDE;
    }

    public AppView view() {
        return view;
    }

    /** Shows a view and remembers it for the next start. */
    public void show(AppView next) {
        AppView old = view;
        view = next;
        session.updateUi(ui -> ui.withLastView(next.name()));
        fire("view", old, next);
        if (old == next) {
            // Asked for the view already showing (Ctrl+3 on the quiz results): the view may go back to its start.
            fire("reshown", null, next);
        }
    }

    /** Opens the guide at a section. */
    public void openSection(String sectionId) {
        sectionSelector.accept(sectionId);
        show(AppView.GUIDE);
    }

    /** Lets the shell open the rehearsal window when a feature asks for it. */
    public void setRehearsalOpener(Consumer<java.util.Optional<String>> opener) {
        rehearsalOpener = opener;
    }

    /** Opens the rehearsal for an interview (empty: general practice, e.g. from the guide). */
    public void openRehearsal(java.util.Optional<String> interviewId) {
        rehearsalOpener.accept(interviewId);
    }
}
