package dev.autonet.processor.spec;

/**
 * An interface the declaration extends: one of the runtime's task interfaces, or something else
 * ({@link Task#OTHER}), which the processor cannot implement.
 */
public record Supertype(Task task, String qualifiedName, Origin origin) {

    /** The runtime's task interfaces, by qualified name. */
    public enum Task {
        BINARY_CLASSIFIER("dev.autonet.runtime.BinaryClassifier"),
        MULTI_CLASSIFIER("dev.autonet.runtime.MultiClassifier"),
        REGRESSOR("dev.autonet.runtime.Regressor"),
        OTHER("");

        private final String qualifiedName;

        Task(String qualifiedName) {
            this.qualifiedName = qualifiedName;
        }

        /** The runtime interface's qualified name; empty for {@link #OTHER}. */
        public String qualifiedName() {
            return qualifiedName;
        }

        /** The task with this qualified name, or {@link #OTHER}. */
        public static Task forName(String qualifiedName) {
            for (Task task : values()) {
                if (task != OTHER && task.qualifiedName.equals(qualifiedName)) {
                    return task;
                }
            }
            return OTHER;
        }

        /** The simple name users write, e.g. "BinaryClassifier". */
        public String simpleName() {
            return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        }
    }
}
