package io.github.gradcheck.demo.showcase;

import io.github.gradcheck.api.Backward;
import io.github.gradcheck.api.Differentiable;
import io.github.gradcheck.api.Dim;
import io.github.gradcheck.api.Forward;
import io.github.gradcheck.api.Labels;
import io.github.gradcheck.api.Layer;
import io.github.gradcheck.api.Shape;
import io.github.gradcheck.demo.layers.Dense;
import io.github.gradcheck.demo.losses.SoftmaxCrossEntropy;

/**
 * Classifier Dense → tanh → Dense → softmax cross-entropy whose activation is
 * {@link TanhFromInput}, the deliberately broken network of the showcase. The fault sits in the
 * activation's dx; the check shows it on every tensor before the activation and blames the
 * activation itself.
 */
@Differentiable
public class BrokenClassifier {

    @Layer
    Dense hidden;
    @Layer
    TanhFromInput activation;
    @Layer
    Dense output;
    @Layer
    SoftmaxCrossEntropy loss;

    /**
     * Create the network.
     *
     * @param in      the number of input features
     * @param width   the width of the hidden layer
     * @param classes the number of classes, at least 2
     */
    public BrokenClassifier(@Dim("in") int in, @Dim("width") int width,
            @Dim(value = "classes", min = 2) int classes) {
        hidden = new Dense(in, width);
        activation = new TanhFromInput();
        output = new Dense(width, classes);
        loss = new SoftmaxCrossEntropy();
    }

    /**
     * Compute the mean cross-entropy of a batch.
     *
     * @param x      the input, shape [batch][in]
     * @param labels the class of each sample, in [0, classes)
     * @return the loss
     */
    @Forward
    public double forward(@Shape({"batch", "in"}) double[][] x, @Labels("classes") @Shape("batch") int[] labels) {
        return loss.forward(output.forward(activation.forward(hidden.forward(x))), labels);
    }

    /**
     * Return the input gradient and fill every parameter gradient.
     *
     * @return the gradient with respect to x
     */
    @Backward
    public double[][] backward() {
        return hidden.backward(activation.backward(output.backward(loss.backward())));
    }
}
