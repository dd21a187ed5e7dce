package dev.sigscript.cpu;

/** The emulated architectures. Only {@link #X86_64} executes today; the others come with their frames. */
public enum Arch {
    X86_64("x86_64", 8),
    I386("i386", 4),
    ARM("arm", 4),
    ARM64("arm64", 8);

    private final String scriptName;
    private final int wordSize;

    Arch(String scriptName, int wordSize) {
        this.scriptName = scriptName;
        this.wordSize = wordSize;
    }

    /** {@return the name used in scripts and on the command line ({@code arch x86_64})} */
    public String scriptName() {
        return scriptName;
    }

    public int wordSize() {
        return wordSize;
    }

    public static java.util.Optional<Arch> byScriptName(String name) {
        for (Arch a : values()) {
            if (a.scriptName.equals(name)) {
                return java.util.Optional.of(a);
            }
        }
        return java.util.Optional.empty();
    }
}
