package dev.autonet.runtime.data;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CsvReader} read: the data set (one target per row, the label column) and, when the labels were
 * strings, the encoder that turned them into class indices, for decoding predictions back into names.
 *
 * @param data the chosen feature columns, in the order asked for, and the label column as the one target
 * @param labels the label encoder for string labels; empty for numeric labels
 */
public record CsvData(Dataset data, Optional<LabelEncoder> labels) {
    public CsvData {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(labels, "labels");
    }
}
