package dev.sigscript.interp.runtime;

/** A span of virtual time: {@code 10ms}. */
public record DurationValue(long nanos) {}
