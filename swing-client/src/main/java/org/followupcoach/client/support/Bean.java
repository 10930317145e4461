package org.followupcoach.client.support;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;

/** Base of presentation models: property-change events that views bind to. */
public abstract class Bean {

    private final PropertyChangeSupport changes = new PropertyChangeSupport(this);

    /** Listens to every property of the model. */
    public void addPropertyChangeListener(PropertyChangeListener listener) {
        changes.addPropertyChangeListener(listener);
    }

    /** Listens to one property of the model. */
    public void addPropertyChangeListener(String property, PropertyChangeListener listener) {
        changes.addPropertyChangeListener(property, listener);
    }

    /** Stops listening. */
    public void removePropertyChangeListener(PropertyChangeListener listener) {
        changes.removePropertyChangeListener(listener);
    }

    protected void fire(String property, Object oldValue, Object newValue) {
        changes.firePropertyChange(property, oldValue, newValue);
    }

    /** Fires even when old and new are equal, for "something inside changed" events. */
    protected void fireChanged(String property) {
        changes.firePropertyChange(property, null, Boolean.TRUE);
    }
}
