package org.corridor.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes over explicit UTF-8, so ids do not depend on the platform charset. */
public final class Hashing {
    private static final char SEPARATOR = '\u001f';

    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(Hashing::newSha1);
    /** The bytes of the parts, gathered so the digest is fed once rather than a byte at a time. */
    private static final ThreadLocal<byte[][]> BUFFER = ThreadLocal.withInitial(() -> new byte[][] {new byte[512]});

    private Hashing() {
    }

    /** SHA-1 hex of the parts joined by the ASCII unit separator, which no cleaned value holds. */
    public static String sha1(String... parts) {
        MessageDigest digest = SHA1.get();
        byte[][] holder = BUFFER.get();
        byte[] buffer = holder[0];
        int length = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (buffer.length < length + 1 + part.length()) {
                buffer = holder[0] = java.util.Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + 1 + part.length()));
            }
            if (i > 0) {
                buffer[length++] = (byte) SEPARATOR;
            }
            if (isAscii(part)) {
                for (int j = 0; j < part.length(); j++) {
                    buffer[length++] = (byte) part.charAt(j);
                }
            } else {
                digest.update(buffer, 0, length);
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                length = 0;
            }
        }
        digest.update(buffer, 0, length);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK ships SHA-1", e);
        }
    }
}
