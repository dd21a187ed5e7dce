# The x86-64 encodings the cpu tests use, one per line, in the order of
# X86AssemblerCrossCheckTest.INSNS. Assembled by that test with gcc -c and compared
# byte for byte with the test's table, then decoded instruction by instruction.
	.text
	.globl insns
insns:
	mov	$15, %rax		# __restore_rt, part 1
	syscall				# __restore_rt, part 2
	mov	%rax, %rdi		# exit stub
	mov	$231, %eax
	mov	$-1, %rax
	mov	$15, %r15
	mov	$231, %r8d
	movabs	$0x1122334455667788, %rax
	.byte 0x4c, 0x8b, 0xc3		# mov %rbx,%r8 in its 8b /r form (gas prefers 89 /r)
	xor	%eax, %eax
	push	%r15
	pop	%rbx
	call	.+7
	jmp	.+5
	jmp	.+0x100
	ret
	nop
	int3
	int	$0x80
	ud2
	hlt
