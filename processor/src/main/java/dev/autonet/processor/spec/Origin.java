package dev.autonet.processor.spec;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a declared value came from, so a diagnostic can underline it: the element, and where known the
 * annotation mirror and the annotation value. {@code mirror} and {@code value} may be null.
 */
public record Origin(Element element, AnnotationMirror mirror, AnnotationValue value) {

    /** The element as a whole. */
    public static Origin of(Element element) {
        return new Origin(element, null, null);
    }

    /** An annotation on the element. */
    public static Origin of(Element element, AnnotationMirror mirror) {
        return new Origin(element, mirror, null);
    }
}
