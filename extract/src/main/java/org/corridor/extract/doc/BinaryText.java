package org.corridor.extract.doc;

/**
 * Refuses decoded "text" that is really binary data (an image or archive named .txt, random
 * bytes): real text has almost no control characters and no NUL, while binary data read as
 * Windows-1252 or UTF-8 is full of them. One in a hundred is far above any text we have seen and
 * far below what random bytes give (about one in eight).
 */
final class BinaryText {
    private static final int SAMPLE = 1 << 20;

    private BinaryText() {
    }

    static void refuse(String text, String name) {
        int n = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                control = Integer.MAX_VALUE / 2;
                break;
            }
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7f && c < 0xa0) || c == '\uFFFD') {
                control++;
            }
        }
        if (n > 0 && control * 100L > n) {
            throw new DocumentException(name + ": looks like binary data, not text (control characters or NUL bytes); "
                    + "check that the file is a text document, or give the right format with --format");
        }
    }
}
