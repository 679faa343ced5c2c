package io.kopilka.pos.rkeeper.internal.farcards;

/**
 * Fits strings into the fixed ANSI buffers of the FarCards DLL structures (T1): a field of N bytes holds N-1
 * characters plus the terminating zero. ExtDllHTTP converts UTF-8 to the Windows code page (cp1251), where every
 * character, Cyrillic included, is one byte; so the limit is counted in code points.
 */
final class Texts {

    /** Holder name, FindEmail name: 40-byte Asciiz. */
    static final int NAME = 39;
    /** WhyLock, DopInfo, ScrMessage, PrnMessage: 256-byte Asciiz. */
    static final int MESSAGE = 255;

    private Texts() {
    }

    /** {@code value} (null as "") cut to at most {@code maxChars} code points. */
    static String fit(String value, int maxChars) {
        if (value == null) {
            return "";
        }
        if (value.codePointCount(0, value.length()) <= maxChars) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxChars));
    }

    /** Null as "". */
    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
