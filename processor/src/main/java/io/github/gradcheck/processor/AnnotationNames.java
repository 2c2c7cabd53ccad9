package io.github.gradcheck.processor;

/**
 * Qualified names of the framework's annotations. The processor names them as strings, so it
 * runs without the framework on the processor path.
 */
final class AnnotationNames {

    private static final String PACKAGE = "io.github.gradcheck.api.";

    static final String DIFFERENTIABLE = PACKAGE + "Differentiable";
    static final String PARAM = PACKAGE + "Param";
    static final String FORWARD = PACKAGE + "Forward";
    static final String BACKWARD = PACKAGE + "Backward";
    static final String DIM = PACKAGE + "Dim";
    static final String DIMS = PACKAGE + "Dims";
    static final String SHAPE = PACKAGE + "Shape";
    static final String NON_DIFFERENTIABLE = PACKAGE + "NonDifferentiable";
    static final String LABELS = PACKAGE + "Labels";
    static final String LAYER = PACKAGE + "Layer";

    private AnnotationNames() {
    }
}
