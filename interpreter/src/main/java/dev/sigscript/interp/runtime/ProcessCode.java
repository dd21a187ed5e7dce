package dev.sigscript.interp.runtime;

import com.oracle.truffle.api.RootCallTarget;
import java.util.List;
import java.util.Map;

/**
 * A process declaration compiled: the main body's call target and entry address, handler and
 * function values by name, and the names of its process-level variables (global slots).
 */
public record ProcessCode(String name, int uid, RootCallTarget main, long mainAddress,
        Map<String, FunctionRef> functions, List<String> globalNames) {
    public ProcessCode {
        functions = Map.copyOf(functions);
        globalNames = List.copyOf(globalNames);
    }
}
