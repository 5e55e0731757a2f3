package org.corridor.ingest;

import java.nio.file.Path;

/** A file to read, with the name to show in messages (as the user gave it). */
public record InputFile(Path path, String displayName, long size) {
    public static InputFile of(Path path) {
        long size;
        try {
            size = java.nio.file.Files.size(path);
        } catch (java.io.IOException e) {
            size = -1;
        }
        return new InputFile(path, path.toString(), size);
    }
}
