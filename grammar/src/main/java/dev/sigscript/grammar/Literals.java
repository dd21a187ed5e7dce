package dev.sigscript.grammar;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Values of literal tokens, shared by {@link LexicalChecks} (which reports what is wrong) and
 * {@link AstBuilder} (which runs only when nothing is). Nothing here throws on bad text: an
 * invalid literal gives an empty result.
 */
public final class Literals {

    /** An escape sequence a string may not contain: its offset in the token text and the text. */
    public record BadEscape(int offset, String text) {}

    private Literals() {}

    /**
     * {@return the value of an INT token: decimal or {@code 0x} hex, with {@code _} separators}
     * Hex literals may use all 64 bits ({@code 0xffffffffffffffff} is -1), decimal ones must fit
     * a signed long; empty when out of range.
     */
    public static OptionalLong integer(String text) {
        String digits = text.replace("_", "");
        try {
            if (digits.startsWith("0x") || digits.startsWith("0X")) {
                return OptionalLong.of(Long.parseUnsignedLong(digits.substring(2), 16));
            }
            return OptionalLong.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** {@return the unit of a DURATION token: ns, us, ms or s} */
    public static String durationUnit(String text) {
        int i = text.length();
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i);
    }

    /** {@return the exact value of a DURATION token in nanoseconds, before range checks} */
    public static BigDecimal durationExact(String text) {
        String unit = durationUnit(text);
        BigDecimal number = new BigDecimal(text.substring(0, text.length() - unit.length()).replace("_", ""));
        long scale = switch (unit) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            default -> 1_000_000_000L;
        };
        return number.multiply(BigDecimal.valueOf(scale));
    }

    /** {@return a DURATION token in nanoseconds; empty if not a whole number or out of range} */
    public static OptionalLong durationNanos(String text) {
        BigDecimal exact = durationExact(text);
        try {
            return OptionalLong.of(exact.stripTrailingZeros().toBigIntegerExact().longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /** {@return the name part of a SIGNAL token: SIGRTMIN in SIGRTMIN+2} */
    public static String signalName(String text) {
        int sign = signIndex(text);
        return sign < 0 ? text : text.substring(0, sign);
    }

    /** {@return the offset part of a SIGNAL token (+2 in SIGRTMIN+2, 0 if none); empty if out of int range} */
    public static OptionalInt signalOffset(String text) {
        int sign = signIndex(text);
        if (sign < 0) {
            return OptionalInt.of(0);
        }
        BigInteger value = new BigInteger(text.substring(sign));
        return value.bitLength() < 32 ? OptionalInt.of(value.intValue()) : OptionalInt.empty();
    }

    private static int signIndex(String text) {
        int plus = text.indexOf('+');
        return plus >= 0 ? plus : text.indexOf('-');
    }

    /** {@return the escapes of a STRING token (quotes included) that the language does not define} */
    public static List<BadEscape> badEscapes(String quoted) {
        List<BadEscape> bad = new ArrayList<>();
        for (int i = 1; i < quoted.length() - 1; i++) {
            if (quoted.charAt(i) != '\\') {
                continue;
            }
            int length = escapeLength(quoted, i);
            if (length < 0) {
                int end = Math.min(quoted.length() - 1, i + (quoted.charAt(i + 1) == 'x' ? 4 : 2));
                bad.add(new BadEscape(i, quoted.substring(i, Math.max(end, i + 1))));
                i++;
            } else {
                i += length - 1;
            }
        }
        return bad;
    }

    /** {@return the text of a STRING token without quotes, escapes replaced; bad escapes kept as written} */
    public static String unescape(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        int last = quoted.endsWith("\"") && quoted.length() > 1 ? quoted.length() - 1 : quoted.length();
        for (int i = 1; i < last; i++) {
            char c = quoted.charAt(i);
            int length = c == '\\' ? escapeLength(quoted, i) : -1;
            if (length < 0) {
                out.append(c);
                continue;
            }
            char e = quoted.charAt(i + 1);
            out.append(switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case '0' -> '\0';
                case 'x' -> (char) Integer.parseInt(quoted.substring(i + 2, i + 4), 16);
                default -> e;
            });
            i += length - 1;
        }
        return out.toString();
    }

    /** {@return the length of the valid escape at i, or -1} Valid: \n \t \r \\ \" \0 \xHH. */
    private static int escapeLength(String s, int i) {
        if (i + 1 >= s.length()) {
            return -1;
        }
        return switch (s.charAt(i + 1)) {
            case 'n', 't', 'r', '\\', '"', '0' -> 2;
            case 'x' -> i + 3 < s.length() && isHex(s.charAt(i + 2)) && isHex(s.charAt(i + 3)) ? 4 : -1;
            default -> -1;
        };
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
