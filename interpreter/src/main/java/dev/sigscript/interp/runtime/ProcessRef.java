package dev.sigscript.interp.runtime;

/** A process declared in the scenario, as a value: it converts to its pid where a pid is expected. */
public record ProcessRef(String name, int pid) {}
