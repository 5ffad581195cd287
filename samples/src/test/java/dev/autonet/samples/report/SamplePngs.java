package dev.autonet.samples.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Checks that a sample's output file is a PNG a viewer would show: signature, decodable, size, byte count. */
public final class SamplePngs {
    /** Every PNG starts with these 8 bytes (PNG specification, section 5.2). */
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** A blank white 600 × 450 PNG is about 2 KB; a drawn chart panel is 20 KB and more. */
    private static final long MIN_BYTES = 10 * 1024;

    private SamplePngs() {}

    /**
     * Asserts that {@code file} is absolute, starts with the PNG signature, decodes to {@code width × height}
     * pixels, and has more than 10 KB (something was drawn) but fewer bytes than its pixels uncompressed.
     */
    public static void assertPng(Path file, int width, int height) throws IOException {
        assertTrue(file.isAbsolute(), file + " is not an absolute path");
        assertTrue(Files.isRegularFile(file), file + " was not written");
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(SIGNATURE, Arrays.copyOf(bytes, SIGNATURE.length), "PNG signature of " + file);
        long maxBytes = 3L * width * height;
        assertTrue(bytes.length > MIN_BYTES && bytes.length < maxBytes,
                file + " has " + bytes.length + " bytes, outside (" + MIN_BYTES + ", " + maxBytes + ")");
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "ImageIO cannot decode " + file);
        assertEquals(width, image.getWidth(), "width of " + file);
        assertEquals(height, image.getHeight(), "height of " + file);
    }
}
