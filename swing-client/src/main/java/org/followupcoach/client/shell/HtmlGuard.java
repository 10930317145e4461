package org.followupcoach.client.shell;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.swing.JComponent;
import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;

/**
 * Makes every Swing component show its text literally. Swing renders any text starting with {@code <html>} as HTML,
 * and an {@code <img src=http://…>} in it makes a network request; content packs and user input could hold exactly
 * that. Every UI delegate entry of the look and feel is routed through {@link GuardUI}, which marks the component
 * with {@code html.disable} and then creates the real delegate, so the look and feel is untouched.
 */
public final class HtmlGuard {

    private static final Map<String, String> ORIGINAL = new ConcurrentHashMap<>();
    private static final Map<String, Method> FACTORIES = new ConcurrentHashMap<>();

    private HtmlGuard() {
    }

    /** Routes the current look and feel's delegates through the guard; call after every look-and-feel change. */
    public static void install() {
        UIDefaults laf = UIManager.getLookAndFeelDefaults();
        Enumeration<Object> keys = laf.keys();
        while (keys.hasMoreElements()) {
            if (keys.nextElement() instanceof String key && key.endsWith("UI") && !key.contains(".")
                    && laf.get(key) instanceof String className && !className.equals(GuardUI.class.getName())) {
                ORIGINAL.put(key, className);
                FACTORIES.remove(key);
                UIManager.put(key, GuardUI.class.getName());
            }
        }
    }

    /** The delegate factory Swing calls for every component; it returns the look and feel's own delegate. */
    public static final class GuardUI extends ComponentUI {

        private GuardUI() {
        }

        /** Marks {@code c} and creates its real delegate. */
        public static ComponentUI createUI(JComponent c) {
            c.putClientProperty("html.disable", Boolean.TRUE);
            String id = c.getUIClassID();
            try {
                return (ComponentUI) FACTORIES.computeIfAbsent(id, HtmlGuard::factory).invoke(null, c);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot create the UI delegate for " + id, e);
            }
        }
    }

    private static Method factory(String uiClassId) {
        String name = ORIGINAL.get(uiClassId);
        if (name == null) {
            throw new IllegalStateException("no UI delegate registered for " + uiClassId);
        }
        try {
            Object loader = UIManager.get("ClassLoader");
            ClassLoader cl = loader instanceof ClassLoader l ? l : HtmlGuard.class.getClassLoader();
            return Class.forName(name, true, cl).getMethod("createUI", JComponent.class);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("cannot find the UI delegate " + name, e);
        }
    }
}
