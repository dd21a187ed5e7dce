package dev.sigscript.cpu.memory;

/** The kind of memory access that faulted. */
public enum Access { READ, WRITE, EXECUTE }
