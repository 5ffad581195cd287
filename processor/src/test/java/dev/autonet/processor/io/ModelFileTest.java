package dev.autonet.processor.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.autonet.processor.good.MnistDoubleModel;
import dev.autonet.processor.good.MoonsModel;
import dev.autonet.processor.good.Outer_InnerModel;
import dev.autonet.processor.good.TinyModel;
import dev.autonet.runtime.io.ModelFileException;
import dev.autonet.runtime.io.ModelFileException.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated {@code save(Path)} and {@code load(Path)}: bit-exact round trips and messages that name the model. */
class ModelFileTest {
    @TempDir
    Path directory;

    @Test
    void floatModelRoundTrips() throws IOException {
        MoonsModel model = MoonsModel.initialize(42);
        Path file = directory.resolve("moons.autonet");
        model.save(file);
        MoonsModel loaded = MoonsModel.load(file);
        assertArrayEquals(model.parameters(), loaded.parameters());
        float[] input = {0.5f, -0.2f};
        assertEquals(model.probability(input), loaded.probability(input), 0.0);
    }

    @Test
    void preluAndNestedModelsRoundTrip() throws IOException {
        TinyModel tiny = TinyModel.initialize(3);
        Path file = directory.resolve("tiny.autonet");
        tiny.save(file);
        assertArrayEquals(tiny.parameters(), TinyModel.load(file).parameters());
        Outer_InnerModel inner = Outer_InnerModel.initialize(4);
        inner.save(file); // replaces the Tiny file
        assertArrayEquals(inner.parameters(), Outer_InnerModel.load(file).parameters());
    }

    @Test
    void largeDoubleModelRoundTripsBitExactly() throws IOException {
        MnistDoubleModel model = MnistDoubleModel.initialize(5);
        Path file = directory.resolve("mnist.autonet");
        model.save(file);
        double[] saved = model.parameters();
        double[] loaded = MnistDoubleModel.load(file).parameters();
        assertEquals(saved.length, loaded.length);
        for (int i = 0; i < saved.length; i++) {
            assertEquals(Double.doubleToRawLongBits(saved[i]), Double.doubleToRawLongBits(loaded[i]), "parameter " + i);
        }
    }

    @Test
    void anotherModelsFileNamesBoth() throws IOException {
        Path file = directory.resolve("moons.autonet");
        MoonsModel.initialize(1).save(file);
        ModelFileException e = assertThrows(ModelFileException.class, () -> TinyModel.load(file));
        assertEquals(file + " holds a network '" + MoonsModel.ARCHITECTURE.fingerprint() + "' but TinyModel is '"
                + TinyModel.ARCHITECTURE.fingerprint() + "'; they differ first at 'dense1=2x32:RELU' vs "
                + "'dense1=2x3:PRELU(0.2)'", e.getMessage());
        assertEquals(Problem.WRONG_NETWORK, e.problem());
        assertEquals(file, e.file());
    }

    @Test
    void truncatedFileNamesTheFile() throws IOException {
        Path file = directory.resolve("moons.autonet");
        MoonsModel.initialize(1).save(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1000));
        ModelFileException e = assertThrows(ModelFileException.class, () -> MoonsModel.load(file));
        assertEquals(file + " is truncated: expected 3076 bytes of parameters, found 2080", e.getMessage());
    }
}
