package org.corridor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Broken and hostile inputs, written into a folder a test owns. */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** An XML file with a DOCTYPE declaring an external entity (an XXE probe). */
    public static Path xxe(Path dir) {
        return write(dir, "xxe.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE sdnList [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <sdnList><sdnEntry><lastName>&secret;</lastName></sdnEntry></sdnList>
                """);
    }

    /** A CSV with a mapping beside it whose line 3 opens a quote that never closes. */
    public static Path brokenQuoteCsv(Path dir) {
        write(dir, "groups.mapping.yaml", """
                entities:
                  group:
                    schema: Organization
                    keys: [name]
                    properties:
                      name: {column: name}
                      country: {column: country}
                """);
        return write(dir, "groups.csv", "name,country\nLos Zetas,mx\n\"Clan del Golfo,co\nLos Lobos,ec\n");
    }

    /** FtM JSON lines whose second line is cut off in the middle. */
    public static Path truncatedJsonLine(Path dir) {
        return write(dir, "truncated.ftm.jsonl", """
                {"id": "t-1", "schema": "Person", "properties": {"name": ["Ana Example"]}}
                {"id": "t-2", "schema": "Person", "properties": {"name": ["Bea Exa
                """);
    }

    public static Path empty(Path dir) {
        return write(dir, "empty.jsonl", "");
    }

    /** Bytes that no text format has: NULs and random high bytes. */
    public static Path binary(Path dir) {
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) ((i * 131 + 7) % 256);
        }
        return writeBytes(dir, "blob.bin", bytes);
    }

    /** FtM JSON lines encoded in Latin-1 (the é of "Sánchez" is one byte, not UTF-8). */
    public static Path latin1Ftm(Path dir) {
        String text = "{\"id\": \"l-1\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Jos\u00e9 S\u00e1nchez\"]}}\n";
        return writeBytes(dir, "latin1.ftm.jsonl", text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public static Path write(Path dir, String name, String text) {
        return writeBytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path writeBytes(Path dir, String name, byte[] bytes) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
