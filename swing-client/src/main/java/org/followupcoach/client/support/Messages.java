package org.followupcoach.client.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every user-visible string of the app, from {@code messages.properties}. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.followupcoach.client.messages",
            Locale.ROOT);

    private Messages() {
    }

    /** The text for {@code key}; a missing key shows as the key itself so a gap is visible, never a crash. */
    public static String get(String key) {
        try {
            return BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for {@code key} with {@code {0}}-style arguments filled in. */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), Locale.getDefault()).format(args);
    }

    /** The first character of the text for {@code key} as a mnemonic key code, or 0 when there is none. */
    public static int mnemonic(String key) {
        String m = get(key);
        return m.equals(key) || m.isEmpty() ? 0 : java.awt.event.KeyEvent.getExtendedKeyCodeForChar(m.charAt(0));
    }
}
