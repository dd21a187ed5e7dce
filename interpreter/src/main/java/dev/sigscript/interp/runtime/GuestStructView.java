package dev.sigscript.interp.runtime;

/**
 * A view onto a struct in guest memory, as handler parameters see it: {@code info} (the siginfo
 * in the signal frame) and {@code ctx} (the ucontext). Reading a member reads the frame's bytes
 * at that moment; writing one writes them, so {@code ctx.uc_mcontext.rip = f} really changes
 * where rt_sigreturn resumes. {@code path} is the member path so far ("" for the struct itself,
 * "uc_mcontext" after {@code ctx.uc_mcontext}).
 */
public record GuestStructView(Kind kind, long address, String path) {
    public enum Kind { SIGINFO, UCONTEXT }

    public GuestStructView member(String name) {
        return new GuestStructView(kind, address, path.isEmpty() ? name : path + "." + name);
    }
}
