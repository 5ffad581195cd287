package dev.autonet.samples.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Checks that a file is a PNG a viewer would show: signature, decodable, expected size, plausible length. */
public final class PngAssertions {
    /** Every PNG starts with these 8 bytes (PNG specification, section 5.2). */
    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /**
     * A blank white 600 × 450 PNG is about 2 KB; a chart with antialiased text, lines and points is 20 KB and
     * more, so 10 KB means something was drawn. 5 MB is twice the uncompressed size of the largest figure
     * (1800 × 450 × 3 bytes), which no PNG of it can reach.
     */
    static final long MIN_BYTES = 10 * 1024;
    static final long MAX_BYTES = 5 * 1024 * 1024;

    private PngAssertions() {}

    /** Asserts that {@code file} is a valid PNG of {@code width × height} pixels and plausible size; decodes it. */
    public static BufferedImage assertPng(Path file, int width, int height) throws IOException {
        assertTrue(Files.isRegularFile(file), file + " was not written");
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(SIGNATURE, Arrays.copyOf(bytes, SIGNATURE.length), "PNG signature of " + file);
        assertTrue(bytes.length > MIN_BYTES && bytes.length < MAX_BYTES,
                file + " has " + bytes.length + " bytes, outside (" + MIN_BYTES + ", " + MAX_BYTES + ")");
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "ImageIO cannot decode " + file);
        assertEquals(width, image.getWidth(), "width of " + file);
        assertEquals(height, image.getHeight(), "height of " + file);
        return image;
    }

    /** Asserts that {@code directory} holds exactly the named files: no temporary file was left behind. */
    static void assertOnlyFiles(Path directory, String... names) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            List<String> found = files.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
            assertEquals(Stream.of(names).sorted().collect(Collectors.toList()), found, "files in " + directory);
        }
    }
}
