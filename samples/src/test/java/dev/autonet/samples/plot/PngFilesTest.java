package dev.autonet.samples.plot;

import static dev.autonet.samples.plot.PngAssertions.assertOnlyFiles;
import static dev.autonet.samples.plot.PngAssertions.assertPng;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

/** Writing is atomic: parents are created, old files replaced whole, and no temporary file survives. */
class PngFilesTest {
    @TempDir
    Path directory;

    private static XYChart loss() {
        double[][] curves = PlotsTest.curves(60);
        return Plots.lossCurves(curves[0], curves[1], "Loss");
    }

    @Test
    void createsMissingDirectoriesAndLeavesOnlyThePng() throws IOException {
        Path file = directory.resolve("plots/moons/loss.png");

        Path written = Plots.writePng(file, loss());

        assertEquals(file.toAbsolutePath(), written);
        assertPng(written, 600, 450);
        assertOnlyFiles(file.getParent(), "loss.png");
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path file = directory.resolve("loss.png");
        Files.writeString(file, "not a png", StandardCharsets.US_ASCII);

        Plots.writePng(file, loss());

        assertPng(file, 600, 450);
        assertOnlyFiles(directory, "loss.png");
    }

    @Test
    void aFailedWriteLeavesNoTemporaryFileAndTheTargetUntouched() throws IOException {
        // A non-empty directory where the PNG should go: the final move must fail.
        Path blocked = directory.resolve("loss.png");
        Files.createDirectory(blocked);
        Files.writeString(blocked.resolve("keep.txt"), "keep", StandardCharsets.US_ASCII);

        assertThrows(IOException.class, () -> Plots.writePng(blocked, loss()));

        assertOnlyFiles(directory, "loss.png");
        assertArrayEquals("keep".getBytes(StandardCharsets.US_ASCII), Files.readAllBytes(blocked.resolve("keep.txt")));
    }

    @Test
    void aFigureThatFailsToDrawWritesNothing() {
        Figure broken = () -> {
            throw new IllegalStateException("model diverged");
        };

        assertThrows(IllegalStateException.class, () -> Plots.writePng(directory.resolve("x.png"), broken));
        assertEquals(0, directory.toFile().list().length);
    }
}
