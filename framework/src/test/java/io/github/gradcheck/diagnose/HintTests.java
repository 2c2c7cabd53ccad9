package io.github.gradcheck.diagnose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class HintTests {

    @Test
    void rejectsHintWithoutPath() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Hint(HintKind.ALL_ZERO, List.of(), "text", OptionalDouble.empty()))
                .withMessageStartingWith("Cannot create a [ALL_ZERO] hint without a tensor path");
    }

    @Test
    void copiesPaths() {
        List<String> paths = new ArrayList<>(List.of("dW", "db"));

        Hint hint = new Hint(HintKind.CONSTANT_RATIO, paths, "text", OptionalDouble.of(0.5));
        paths.clear();

        assertThat(hint.paths()).containsExactly("dW", "db");
        assertThat(hint.path()).isEqualTo("dW");
    }
}
