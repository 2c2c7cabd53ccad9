package io.github.gradcheck.processor.diagnostic;

/**
 * Stable code of each rule the processor enforces, printed in brackets at the start of its
 * message so that users can search for it and tests can match it.
 *
 * @since 0.1
 */
public enum DiagnosticCode {

    /** {@code @Differentiable} is on an interface, enum or annotation type. */
    NOT_A_CLASS("GradCheckNotAClass"),
    /** The class, or a class enclosing it, is private. */
    PRIVATE_CLASS("GradCheckPrivateClass"),
    /** The class is nested but not static. */
    INNER_CLASS("GradCheckInnerClass"),
    /** The class is abstract. */
    ABSTRACT_CLASS("GradCheckAbstractClass"),
    /** The class declares type parameters. */
    GENERIC_CLASS("GradCheckGenericClass"),
    /** No constructor takes only {@code @Dim int} arguments. */
    NO_CONSTRUCTOR("GradCheckNoConstructor"),
    /** An argument of the only constructor has no {@code @Dim}. */
    UNBOUND_ARGUMENT("GradCheckUnboundArgument"),

    /** A member the adapter uses is private. */
    PRIVATE_MEMBER("GradCheckPrivateMember"),
    /** A member the adapter uses is inherited from another package and is not public. */
    INACCESSIBLE_MEMBER("GradCheckInaccessibleMember"),
    /** A member the adapter uses per instance is static. */
    STATIC_MEMBER("GradCheckStaticMember"),
    /** An annotated superclass field is hidden by a field of the same name. */
    HIDDEN_FIELD("GradCheckHiddenField"),

    /** A {@code @Param} field is not a {@code double} or {@code float} array of rank 1 to 4. */
    PARAM_TYPE("GradCheckParamType"),
    /** The gradient field of a {@code @Param} does not exist. */
    GRADIENT_MISSING("GradCheckGradientMissing"),
    /** A gradient field's type differs from its parameter's. */
    GRADIENT_TYPE("GradCheckGradientType"),
    /** A gradient field is itself a {@code @Param}. */
    GRADIENT_IS_PARAM("GradCheckGradientIsParam"),
    /** A gradient field is final. */
    FINAL_GRADIENT("GradCheckFinalGradient"),
    /** Two parameters name the same gradient field. */
    SHARED_GRADIENT("GradCheckSharedGradient"),

    /** The class has no {@code @Forward} method. */
    NO_FORWARD("GradCheckNoForward"),
    /** The class has no {@code @Backward} method. */
    NO_BACKWARD("GradCheckNoBackward"),
    /** The class has more than one {@code @Forward} method. */
    DUPLICATE_FORWARD("GradCheckDuplicateForward"),
    /** The class has more than one {@code @Backward} method. */
    DUPLICATE_BACKWARD("GradCheckDuplicateBackward"),
    /** The forward pass returns neither a floating-point array nor a scalar loss. */
    FORWARD_OUTPUT("GradCheckForwardOutput"),
    /** The backward pass of a layer does not take exactly the forward output's type. */
    BACKWARD_UPSTREAM("GradCheckBackwardUpstream"),
    /** The backward pass of a loss takes parameters. */
    LOSS_UPSTREAM("GradCheckLossUpstream"),
    /** The backward pass does not return the differentiable input's type, or void without one. */
    BACKWARD_RETURN("GradCheckBackwardReturn"),

    /** A forward input has a type the checker cannot generate. */
    FORWARD_INPUT("GradCheckForwardInput"),
    /** The forward pass has more than one differentiable input. */
    MANY_INPUTS("GradCheckManyInputs"),
    /** {@code @Labels} is on something other than {@code int[]}. */
    LABELS_TYPE("GradCheckLabelsType"),
    /** {@code @NonDifferentiable} is on something other than a floating-point array. */
    NON_DIFFERENTIABLE_TYPE("GradCheckNonDifferentiableType"),
    /** An input is marked both {@code @Labels} and {@code @NonDifferentiable}. */
    INPUT_MARKS("GradCheckInputMarks"),
    /** An array input has no {@code @Shape}. */
    SHAPE_MISSING("GradCheckShapeMissing"),
    /** A {@code @Shape} names a different number of axes than the input's rank. */
    SHAPE_RANK("GradCheckShapeRank"),

    /** {@code @Dim} is on a parameter that is not an {@code int} constructor argument. */
    DIM_TARGET("GradCheckDimTarget"),
    /** A dimension is bound or bounded twice. */
    DUPLICATE_DIM("GradCheckDuplicateDim"),
    /** A class-level {@code @Dim} names a dimension a constructor argument binds. */
    DIM_CONFLICT("GradCheckDimConflict"),
    /** A {@code @Dim} has a minimum below 1 or a maximum below its minimum. */
    DIM_BOUNDS("GradCheckDimBounds"),
    /** A {@code @Dim}, {@code @Shape} or {@code @Labels} contains a blank name. */
    BLANK_DIMENSION("GradCheckBlankDimension"),
    /** A {@code @Labels} class count names a dimension that nothing sizes. */
    LABELS_DIMENSION("GradCheckLabelsDimension"),

    /** A {@code @Layer} field's type is not {@code @Differentiable}. */
    LAYER_TYPE("GradCheckLayerType"),
    /** {@code @Layer} fields form a cycle. */
    LAYER_CYCLE("GradCheckLayerCycle"),

    /** The processor itself failed; the message carries the cause. */
    UNEXPECTED_FAILURE("GradCheckUnexpectedFailure"),
    /** A generated adapter or the layer index could not be written. */
    WRITE_FAILED("GradCheckWriteFailed"),
    /** A note printed only when the {@code gradcheck.debug} option is {@code true}. */
    DEBUG("GradCheckDebug");

    private final String label;

    DiagnosticCode(String label) {
        this.label = label;
    }

    /**
     * Return the code as printed, without brackets, such as {@code GradCheckNoForward}.
     *
     * @return the label, never null
     * @since 0.1
     */
    public String label() {
        return label;
    }
}
