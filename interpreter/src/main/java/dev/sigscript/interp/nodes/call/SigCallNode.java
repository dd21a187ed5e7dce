package dev.sigscript.interp.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import dev.sigscript.cpu.StepResult;
import dev.sigscript.cpu.memory.MemoryFaultException;
import dev.sigscript.cpu.x86.X86_64Regs;
import dev.sigscript.interp.nodes.SigExpressionNode;
import dev.sigscript.interp.runtime.TaskRuntime;
import dev.sigscript.interp.runtime.UnwindException;
import dev.sigscript.interp.runtime.UserMode;

/**
 * A call of a script function, made the way compiled C makes it so the emulated stack is
 * real: push the return address ({@code call}), reserve a frame, run the body, then {@code ret}.
 * Each call uses {@link #FRAME_BYTES} of guest stack, so unbounded recursion overflows the
 * guest stack into SIGSEGV long before the Java stack. The return address is a site in the
 * code map: a handler that rewrites the saved PC to a function makes that function "return"
 * here, and the Java stack unwinds to this node ({@link UnwindException}).
 */
public final class SigCallNode extends SigExpressionNode {
    /** Return address (8) plus a typical small C frame (56): keeps rsp 16-byte aligned at calls. */
    public static final int FRAME_BYTES = 64;

    /** Filled once every function of the process is built, so calls may come before declarations. */
    public static final class TargetHolder {
        public RootCallTarget target;
    }

    @Child private DirectCallNode call;
    @Children private final SigExpressionNode[] args;
    private final TargetHolder holder;
    private final long entry;
    private final long returnSite;

    public SigCallNode(TargetHolder holder, long entry, long returnSite, SigExpressionNode[] args) {
        this.holder = holder;
        this.entry = entry;
        this.returnSite = returnSite;
        this.args = args;
    }

    @Override
    @ExplodeLoop
    public Object execute(VirtualFrame frame) {
        TaskRuntime t = (TaskRuntime) frame.getArguments()[0];
        Object[] values = new Object[args.length + 1];
        values[0] = t;
        for (int i = 0; i < args.length; i++) {
            values[i + 1] = args[i].execute(frame);
        }
        if (call == null) {
            com.oracle.truffle.api.CompilerDirectives.transferToInterpreterAndInvalidate();
            call = insert(Truffle.getRuntime().createDirectCallNode(holder.target));
        }
        X86_64Regs regs = t.regs();
        long spBefore = regs.rsp();
        pushFrame(t, spBefore);
        t.pushAwait(returnSite, spBefore);
        try {
            Object result = call.call(values);
            regs.rsp(spBefore - 8);
            UserMode.emulateRet(t);
            if (regs.rip() != returnSite || regs.rsp() != spBefore) {
                UserMode.run(t, returnSite, spBefore);
            }
            return result;
        } catch (UnwindException u) {
            if (u.pc == returnSite && u.sp == spBefore) {
                return t.unwindValue;
            }
            throw u;
        } finally {
            t.popAwait();
        }
    }

    /** {@code call entry; sub $56,%rsp}: a fault here is a stack overflow, a SIGSEGV in the task. */
    private void pushFrame(TaskRuntime t, long spBefore) {
        X86_64Regs regs = t.regs();
        while (true) {
            try {
                t.memory().write64(spBefore - FRAME_BYTES, 0);
                t.memory().write64(spBefore - 8, returnSite);
                regs.rsp(spBefore - FRAME_BYTES);
                regs.rip(entry);
                return;
            } catch (MemoryFaultException e) {
                regs.rip(returnSite - 5);
                t.scenario().kernel().userFault(t.task(), new StepResult.Fault(e.fault()));
                t.scenario().kernel().scheduler().tick();
            }
        }
    }
}
