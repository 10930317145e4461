package org.followupcoach.client.shell;

import com.formdev.flatlaf.FlatDarkLaf;

/**
 * A high-contrast theme for low vision: white text on black, yellow focus and selection, strong borders. Its colours
 * live in {@code theme/CoachHighContrastLaf.properties}, read on top of the dark theme.
 */
public final class CoachHighContrastLaf extends FlatDarkLaf {

    /** The theme's name as shown in menus. */
    public static final String NAME = "Follow-Up Coach High Contrast";

    /** Installs the theme. */
    public static boolean setup() {
        return setup(new CoachHighContrastLaf());
    }

    @Override
    public String getName() {
        return NAME;
    }
}
