package org.followupcoach.client.guide;

import java.awt.Color;
import javax.swing.JList;
import org.followupcoach.client.support.Messages;
import org.followupcoach.core.model.ContentPack;
import org.followupcoach.core.model.SourceArticle;
import javax.swing.UIManager;
import javax.swing.plaf.basic.BasicHTML;

/** Text helpers shared by the guide's panels. */
final class GuideText {

    private GuideText() {
    }

    /**
     * Content as a tooltip, shown literally. Tooltips have no {@code html.disable} switch of their own, so content
     * that happens to start with {@code <html>} gets a leading space, which Swing does not treat as HTML.
     */
    static String tooltip(String content) {
        return content != null && BasicHTML.isHTMLString(content) ? " " + content : content;
    }

    /**
     * Where a piece of advice comes from, as the guide marks it: "From the article: <part heading>" or "Coach's
     * advice". A part the pack does not list cannot load (the validator refuses it), so it reads as the article.
     */
    static String source(ContentPack pack, String source) {
        return pack.articlePart(source).map(SourceArticle.Part::heading)
                .map(heading -> Messages.format("GuideText.source.article", heading))
                .orElseGet(() -> Messages.get(org.followupcoach.core.model.Sources.isCoach(source)
                        ? "GuideText.source.coach" : "GuideText.source.articleUnnamed"));
    }

    /** A list row's background: strong selection while the list has focus, the soft accent otherwise. */
    static Color rowBackground(JList<?> list, boolean selected) {
        if (!selected) {
            return list.getBackground();
        }
        return list.isFocusOwner() ? list.getSelectionBackground() : UIManager.getColor("Coach.accentSoft");
    }

    /** A list row's text colour, matching {@link #rowBackground}. */
    static Color rowForeground(JList<?> list, boolean selected) {
        return selected && list.isFocusOwner() ? list.getSelectionForeground() : UIManager.getColor("Label.foreground");
    }
}
