package dev.sigscript.interp.translate;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;
import java.util.HashMap;
import java.util.Map;

/** Lexical scopes of one root (body, handler or function): names to frame slots. */
final class Scope {
    private final FrameDescriptor.Builder frame;
    private final Scope parent;
    private final Map<String, Integer> slots = new HashMap<>();

    private Scope(FrameDescriptor.Builder frame, Scope parent) {
        this.frame = frame;
        this.parent = parent;
    }

    static Scope root() {
        return new Scope(FrameDescriptor.newBuilder(), null);
    }

    Scope child() {
        return new Scope(frame, this);
    }

    int declare(String name) {
        int slot = frame.addSlot(FrameSlotKind.Object, name, null);
        slots.put(name, slot);
        return slot;
    }

    /** {@return the slot of name in this scope or an enclosing one, or -1} */
    int lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Integer i = s.slots.get(name);
            if (i != null) {
                return i;
            }
        }
        return -1;
    }

    FrameDescriptor build() {
        return frame.build();
    }
}
