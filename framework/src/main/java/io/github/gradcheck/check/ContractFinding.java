package io.github.gradcheck.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A breach of the layer contract found without finite differences.
 *
 * @param path    the gradient path it concerns, such as {@code hidden.dW} or {@code dx}
 * @param message one sentence naming what was observed and the fix
 * @since 0.1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ContractFinding(String path, String message) {
}
