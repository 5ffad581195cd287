package dev.autonet.samples.plot;

import java.awt.image.RenderedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/** Writes PNG files so that a reader never sees half a file: a temporary file beside the target, then a rename. */
final class PngFiles {
    private PngFiles() {}

    /**
     * Writes {@code image} to {@code file} as PNG, creating missing parent directories, and returns the absolute
     * path written. The bytes go to a temporary file in the same directory, which is then moved over
     * {@code file} atomically (a rename within one file system), so a crash leaves either the old file or the
     * new one, never a truncated PNG. The temporary file is deleted if anything fails.
     */
    static Path write(Path file, RenderedImage image) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        boolean moved = false;
        try {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("no PNG writer is installed in this JVM");
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
        return target;
    }
}
