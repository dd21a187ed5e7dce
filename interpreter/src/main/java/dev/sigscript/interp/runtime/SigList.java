package dev.sigscript.interp.runtime;

import java.util.ArrayList;
import java.util.List;

/** A mutable list value: {@code [1, 2, 3]}, grown with {@code push}. Equality is by elements. */
public final class SigList {
    private final List<Object> elements;

    public SigList(List<Object> elements) {
        this.elements = new ArrayList<>(elements);
    }

    public List<Object> elements() {
        return elements;
    }

    public int size() {
        return elements.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigList l && elements.equals(l.elements);
    }

    @Override
    public int hashCode() {
        return elements.hashCode();
    }
}
