package dev.sigscript.cpu.x86;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sigscript.cpu.memory.Memory;
import dev.sigscript.cpu.memory.Prot;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the encodings our tests hand-write against the real assembler: cpu/src/test/c/
 * x86_64_insns.s is assembled with gcc, its .text extracted with objcopy, and compared with
 * the table below; then the decoder must split the stream into exactly these instructions.
 * Skipped when gcc or objcopy is missing.
 */
class X86AssemblerCrossCheckTest {

    record Insn(String asm, int[] bytes) {}

    // Same order as x86_64_insns.s.
    static final List<Insn> INSNS = List.of(
            new Insn("mov $15,%rax", new int[] {0x48, 0xc7, 0xc0, 0x0f, 0, 0, 0}),
            new Insn("syscall", new int[] {0x0f, 0x05}),
            new Insn("mov %rax,%rdi", new int[] {0x48, 0x89, 0xc7}),
            new Insn("mov $231,%eax", new int[] {0xb8, 0xe7, 0, 0, 0}),
            new Insn("mov $-1,%rax", new int[] {0x48, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff}),
            new Insn("mov $15,%r15", new int[] {0x49, 0xc7, 0xc7, 0x0f, 0, 0, 0}),
            new Insn("mov $231,%r8d", new int[] {0x41, 0xb8, 0xe7, 0, 0, 0}),
            new Insn("movabs $0x1122334455667788,%rax", new int[] {0x48, 0xb8, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11}),
            new Insn("mov %rbx,%r8 (8b /r)", new int[] {0x4c, 0x8b, 0xc3}),
            new Insn("xor %eax,%eax", new int[] {0x31, 0xc0}),
            new Insn("push %r15", new int[] {0x41, 0x57}),
            new Insn("pop %rbx", new int[] {0x5b}),
            new Insn("call .+7", new int[] {0xe8, 0x02, 0, 0, 0}),
            new Insn("jmp .+5", new int[] {0xeb, 0x03}),
            new Insn("jmp .+0x100", new int[] {0xe9, 0xfb, 0x00, 0, 0}),
            new Insn("ret", new int[] {0xc3}),
            new Insn("nop", new int[] {0x90}),
            new Insn("int3", new int[] {0xcc}),
            new Insn("int $0x80", new int[] {0xcd, 0x80}),
            new Insn("ud2", new int[] {0x0f, 0x0b}),
            new Insn("hlt", new int[] {0xf4}));

    static byte[] run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS), "timeout");
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ": " + new String(out));
        return out;
    }

    static boolean onPath(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").start().waitFor(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void handWrittenEncodings_matchGas_andDecodeOneByOne(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("gcc") && onPath("objcopy"), "gcc/objcopy not installed");
        Path src = Path.of("src/test/c/x86_64_insns.s").toAbsolutePath();
        run(dir, "gcc", "-c", src.toString(), "-o", "insns.o");
        run(dir, "objcopy", "-O", "binary", "-j", ".text", "insns.o", "insns.bin");
        byte[] assembled = Files.readAllBytes(dir.resolve("insns.bin"));

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (Insn i : INSNS) {
            expected.writeBytes(X86TestMachine.bytes(i.bytes()));
        }
        assertArrayEquals(expected.toByteArray(), assembled);

        Memory m = new Memory();
        m.map(0x400000, Memory.PAGE_SIZE, Prot.RX, "code");
        m.poke(0x400000, assembled);
        long pc = 0x400000;
        for (Insn i : INSNS) {
            X86Insn insn = X86Decoder.decode(m, pc);
            assertFalse(insn instanceof X86Insn.Undefined, i.asm() + " decoded as " + insn);
            assertEquals(i.bytes().length, insn.length(), i.asm() + " length");
            pc += insn.length();
        }
    }
}
