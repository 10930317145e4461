package org.followupcoach.client.support;

import java.text.NumberFormat;
import java.util.Locale;

/** A whole percentage written the way the user's locale writes it ("14%" in English, "14 %" in French), everywhere. */
public final class Percent {

    private Percent() {
    }

    /** {@code percent} (0–100) in the default locale's style. */
    public static String of(int percent) {
        return of(percent, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** {@code percent} (0–100) in {@code locale}'s style. */
    public static String of(int percent, Locale locale) {
        return NumberFormat.getPercentInstance(locale).format(percent / 100.0);
    }
}
