package org.corridor.app;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.corridor.model.CorridorException;
import org.corridor.model.UsageException;
import org.corridor.store.Workspace;

/**
 * Writes a file a user named (an export, a report) without ever damaging what is there already:
 * the text goes to a temporary file beside the target and is moved into place only when complete.
 * It refuses the workspace's database and its journal files, the workspace folder itself, other
 * folders, and anything that is not a regular file (a device, a pipe, a socket), since replacing
 * those by a rename destroys them. A symbolic link is refused unless the caller asks to write
 * through it, and then the file it points to is replaced and the link kept.
 */
public final class OutputFile {
    /** What writes the content; returns what the caller reports (a count). */
    @FunctionalInterface
    public interface Body<T> {
        T write(Writer out) throws IOException;
    }

    private final Path workspace;
    private final boolean followLinks;

    /** {@code workspace}: the folder whose files must not be written (null for none). */
    public OutputFile(Path workspace, boolean followLinks) {
        this.workspace = workspace;
        this.followLinks = followLinks;
    }

    /** Writes {@code body}'s text to {@code target} as UTF-8, whole or not at all. */
    public <T> T write(Path target, Body<T> body) {
        Path destination = destination(target);
        Path dir = destination.getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".corridor-", ".part");
            T result;
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                result = body.write(w);
            }
            Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return result;
        } catch (AccessDeniedException e) {
            throw new CorridorException(target + ": permission denied writing in " + dir + "; choose a folder you can write to");
        } catch (IOException e) {
            throw new CorridorException(target + ": cannot be written (" + reason(e) + "); choose a writable path with free space");
        } catch (java.io.UncheckedIOException e) {
            throw new CorridorException(target + ": cannot be written (" + reason(e.getCause()) + "); choose a writable path with free space");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed and says so; a leftover temporary file is named .corridor-*.part
                }
            }
        }
    }

    /** Checks a folder that files will be written into (one CSV per schema, say). */
    public Path folder(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new UsageException(target + " is a file, not a folder; give a folder for the files to go into");
        }
        refuseWorkspaceFiles(target, absolute);
        return absolute;
    }

    /** The file that will be replaced: the target itself, or what its link points to when asked. */
    Path destination(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(absolute)) {
            if (!followLinks) {
                throw new UsageException(target + " is a symbolic link; give the file it points to, or add --follow-links to write through it");
            }
            try {
                Path pointed = Files.readSymbolicLink(absolute);
                absolute = absolute.getParent().resolve(pointed).toAbsolutePath().normalize();
                if (Files.exists(absolute)) {
                    absolute = absolute.toRealPath();
                }
            } catch (IOException e) {
                throw new CorridorException(target + ": the symbolic link cannot be read (" + reason(e) + "); give the real file");
            }
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(target + " is a folder; give a file name");
            }
            if (!Files.isRegularFile(absolute, LinkOption.NOFOLLOW_LINKS)) {
                throw new UsageException(target + " is not a regular file (a device, pipe or socket); write to a regular file, "
                        + "or leave out -o to write to standard output");
            }
        }
        refuseWorkspaceFiles(target, absolute);
        return absolute;
    }

    private void refuseWorkspaceFiles(Path target, Path absolute) {
        if (workspace == null) {
            return;
        }
        Path ws = real(workspace.toAbsolutePath().normalize());
        Path candidate = real(absolute);
        String name = candidate.getFileName() == null ? "" : candidate.getFileName().toString();
        boolean database = ws.equals(candidate.getParent())
                && (name.startsWith(Workspace.DATABASE) || name.equals(org.corridor.store.WorkspaceLock.FILE));
        if (database || candidate.equals(ws)) {
            throw new UsageException(target + " is the workspace's own " + (database ? "database" : "folder")
                    + ", which an export would destroy; write to another path");
        }
    }

    /** The real path of the longest existing prefix, with the rest appended: links in folders resolved. */
    private static Path real(Path path) {
        Path existing = path;
        Path rest = null;
        while (existing != null && !Files.exists(existing)) {
            rest = rest == null ? existing.getFileName() : existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return path;
        }
        try {
            Path realExisting = existing.toRealPath();
            return rest == null ? realExisting : realExisting.resolve(rest);
        } catch (IOException e) {
            return path;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        String message = e.getMessage();
        if (message != null && message.contains("No space left")) {
            return "no space left on the device";
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
