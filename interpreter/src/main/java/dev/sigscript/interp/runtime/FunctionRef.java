package dev.sigscript.interp.runtime;

/** A handler or function as a value: where an address is expected (sa_handler, a saved rip) it is its entry address. */
public record FunctionRef(String name, long address, int arity, boolean isHandler) {}
