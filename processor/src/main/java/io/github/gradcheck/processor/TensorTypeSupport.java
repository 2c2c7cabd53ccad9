package io.github.gradcheck.processor;

import io.github.gradcheck.processor.model.TensorType;
import java.util.Optional;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Mapping from compiler types to {@link TensorType} values, and a search for unresolved types.
 */
final class TensorTypeSupport {

    private TensorTypeSupport() {
    }

    /**
     * Describe a primitive or an array of primitives as a tensor type.
     *
     * @return the tensor type, or empty for any other type or a rank above the maximum
     */
    static Optional<TensorType> of(TypeMirror type) {
        int rank = 0;
        TypeMirror component = type;
        while (component.getKind() == TypeKind.ARRAY) {
            rank++;
            component = ((ArrayType) component).getComponentType();
        }
        if (rank > TensorType.MAX_RANK) {
            return Optional.empty();
        }
        int arrayRank = rank;
        return element(component.getKind()).map(element -> new TensorType(element, arrayRank));
    }

    /**
     * Tell whether a type, or a type it is built from, could not be resolved, as happens when
     * another processor generates it in a later round.
     */
    static boolean containsError(TypeMirror type) {
        return switch (type.getKind()) {
            case ERROR -> true;
            case ARRAY -> containsError(((ArrayType) type).getComponentType());
            case DECLARED -> ((DeclaredType) type).getTypeArguments().stream()
                    .anyMatch(TensorTypeSupport::containsError);
            default -> false;
        };
    }

    private static Optional<TensorType.Element> element(TypeKind kind) {
        return switch (kind) {
            case DOUBLE -> Optional.of(TensorType.Element.DOUBLE);
            case FLOAT -> Optional.of(TensorType.Element.FLOAT);
            case INT -> Optional.of(TensorType.Element.INT);
            default -> Optional.empty();
        };
    }
}
