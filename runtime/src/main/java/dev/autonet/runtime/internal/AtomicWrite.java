package dev.autonet.runtime.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;

/**
 * Replaces a file's content all at once: the bytes go to a new temporary file in the same directory
 * (".NAME.RANDOM.tmp"), which is flushed to disk and then renamed over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE}. A reader therefore sees the old file or the new one, never a
 * mixture; a failed write deletes its temporary file; a crash (power loss, kill -9) can leave a
 * temporary file behind, which is safe to delete, but never a damaged target. Every file AutoNet writes
 * (.autonet, safetensors, ONNX) goes through here.
 */
public final class AtomicWrite {
    private static final int ATTEMPTS = 16;
    /** The longest file name, in bytes, that common file systems (ext4, XFS, APFS, NTFS) all allow. */
    private static final int MAX_NAME_BYTES = 255;
    /** What ".NAME.RANDOM.tmp" adds to NAME: two dots, up to 12 hex digits and ".tmp". */
    private static final int TEMPORARY_EXTRA_BYTES = 18;

    private AtomicWrite() {}

    /**
     * Writes {@code content} to {@code target} atomically. {@code what} names the content in errors
     * ("ONNX model"): a missing directory or a directory in the target's place is refused before anything is
     * written, and any other failure is rethrown as "cannot write WHAT to FILE: cause", with the cause kept.
     */
    public static void write(Path target, byte[] content, String what) throws IOException {
        write(target, content, what, UnaryOperator.identity());
    }

    /**
     * As {@link #write(Path, byte[], String)}, with {@code wrap} between the writer and the temporary file:
     * the seam through which tests make the write fail halfway.
     */
    public static void write(Path target, byte[] content, String what, UnaryOperator<OutputStream> wrap)
            throws IOException {
        Path file = target.toAbsolutePath();
        Path directory = file.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new NoSuchFileException(target.toString(), null, "cannot write " + what + ": no such directory");
        }
        if (Files.isDirectory(file)) { // the rename would silently replace an empty directory
            throw new FileSystemException(target.toString(), null, "cannot write " + what + ": it is a directory");
        }
        Path temporary = null;
        try {
            temporary = createTemporary(directory, file.getFileName().toString());
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = wrap.apply(Channels.newOutputStream(channel))) {
                out.write(content);
                out.flush();
                channel.force(true); // the data is on disk before the rename makes it visible
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException | Error e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            if (e instanceof IOException io) {
                throw new IOException("cannot write " + what + " to " + target + ": " + io.getMessage(), io);
            }
            throw e;
        }
        syncDirectory(directory);
    }

    /**
     * A new, empty file ".NAME.RANDOM.tmp" beside the target, created with the default permissions. NAME is
     * the target's name, cut short if need be so that a target whose own name is allowed never fails for
     * its temporary's.
     */
    private static Path createTemporary(Path directory, String name) throws IOException {
        String stem = prefixOfUtf8Length(name, MAX_NAME_BYTES - TEMPORARY_EXTRA_BYTES);
        for (int attempt = 1; ; attempt++) {
            String suffix = Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 16);
            Path temporary = directory.resolve("." + stem + "." + suffix + ".tmp");
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The longest prefix of {@code name}, whole code points, that is at most {@code maxBytes} in UTF-8. */
    static String prefixOfUtf8Length(String name, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < name.length()) {
            int codePoint = name.codePointAt(end);
            int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + length > maxBytes) {
                break;
            }
            bytes += length;
            end += Character.charCount(codePoint);
        }
        return name.substring(0, end);
    }

    /**
     * Flushes the directory entry so that the rename itself survives a power loss. POSIX systems allow
     * this; others (Windows) refuse to open a directory, and there the rename's durability is the file
     * system's business, so a failure here is ignored.
     */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // best effort: the new file is complete and in place
        }
    }
}
