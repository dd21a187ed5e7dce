package dev.sigscript.interp.check;

import dev.sigscript.kernel.abi.Errno;
import dev.sigscript.kernel.abi.SaFlags;
import dev.sigscript.kernel.abi.SiCodes;
import dev.sigscript.kernel.abi.SigHow;
import dev.sigscript.kernel.abi.Signals;
import dev.sigscript.kernel.abi.SsFlags;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The C constants a script may name: SA_* flags, SIG_BLOCK/SIG_UNBLOCK/SIG_SETMASK,
 * SIG_DFL/SIG_IGN, SI_* and other si_code values, SS_* flags and errno names, read from the
 * kernel model's ABI tables so there is one source of truth.
 */
public final class Constants {
    private static final Map<String, Long> ALL = new TreeMap<>();

    static {
        for (Class<?> c : new Class<?>[] {SaFlags.class, SigHow.class, SiCodes.class, SsFlags.class}) {
            addFields(c);
        }
        ALL.put("SIG_DFL", Signals.SIG_DFL);
        ALL.put("SIG_IGN", Signals.SIG_IGN);
        for (Errno e : Errno.values()) {
            ALL.put(e.name(), (long) e.number());
        }
    }

    private static void addFields(Class<?> c) {
        for (Field f : c.getFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && Character.isUpperCase(f.getName().charAt(0))
                    && (f.getType() == int.class || f.getType() == long.class)) {
                try {
                    ALL.put(f.getName(), ((Number) f.get(null)).longValue());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private Constants() {}

    public static Optional<Long> lookup(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    public static Map<String, Long> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
