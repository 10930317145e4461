package org.followupcoach.client.session;

import java.util.function.Consumer;
import org.followupcoach.client.support.Bean;

/** Which view is showing; links anywhere in the app ("why?", "read up on this") go through here. */
public final class NavigationModel extends Bean {

    private final CoachSession session;
    private final Consumer<String> sectionSelector;
    private AppView view;

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
    }

    /** Opens the guide at a section. */
    public void openSection(String sectionId) {
        sectionSelector.accept(sectionId);
        show(AppView.GUIDE);
    }
}
