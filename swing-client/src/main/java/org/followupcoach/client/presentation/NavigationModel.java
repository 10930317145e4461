package org.followupcoach.client.presentation;

/** Which view is showing; links anywhere in the app ("why?", "read up on this") go through here. */
public final class NavigationModel extends Bean {

    private final CoachSession session;
    private final GuideModel guide;
    private AppView view;

    /** Starts on the view the user last had open, or the guide. */
    public NavigationModel(CoachSession session, GuideModel guide) {
        this.session = session;
        this.guide = guide;
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
        guide.select(sectionId);
        show(AppView.GUIDE);
    }
}
