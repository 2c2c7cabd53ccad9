package io.github.gradcheck.demo;

/**
 * Dense matrix operations on {@code double[rows][columns]} arrays, shared by the demo layers.
 *
 * <p>Every method returns a new array and leaves its arguments unchanged.
 *
 * @since 0.1
 */
public final class Matrices {

    private Matrices() {
    }

    /**
     * Multiply two matrices.
     *
     * @param a the left matrix, shape [n][k], never null
     * @param b the right matrix, shape [k][m], never null
     * @return the product {@code a·b}, shape [n][m]
     * @since 0.1
     */
    public static double[][] multiply(double[][] a, double[][] b) {
        double[][] product = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < b.length; k++) {
                addScaledRow(product[i], a[i][k], b[k]);
            }
        }
        return product;
    }

    /**
     * Multiply the transpose of the first matrix by the second.
     *
     * @param a the left matrix before transposition, shape [k][n], never null
     * @param b the right matrix, shape [k][m], never null
     * @return the product {@code aᵀ·b}, shape [n][m]
     * @since 0.1
     */
    public static double[][] multiplyTransposeA(double[][] a, double[][] b) {
        double[][] product = new double[a[0].length][b[0].length];
        for (int k = 0; k < a.length; k++) {
            for (int i = 0; i < a[k].length; i++) {
                addScaledRow(product[i], a[k][i], b[k]);
            }
        }
        return product;
    }

    /**
     * Multiply the first matrix by the transpose of the second.
     *
     * @param a the left matrix, shape [n][k], never null
     * @param b the right matrix before transposition, shape [m][k], never null
     * @return the product {@code a·bᵀ}, shape [n][m]
     * @since 0.1
     */
    public static double[][] multiplyTransposeB(double[][] a, double[][] b) {
        double[][] product = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                product[i][j] = dot(a[i], b[j]);
            }
        }
        return product;
    }

    /**
     * Add a row vector to every row of a matrix.
     *
     * @param a   the matrix, shape [n][m], never null
     * @param row the vector to add, length m, never null
     * @return the sum, shape [n][m]
     * @since 0.1
     */
    public static double[][] addToRows(double[][] a, double[] row) {
        double[][] sum = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            sum[i] = row.clone();
            addScaledRow(sum[i], 1.0, a[i]);
        }
        return sum;
    }

    /**
     * Sum a matrix over its rows, which for a batch of row vectors is the sum over the batch.
     *
     * @param a the matrix, shape [n][m], never null
     * @return the column sums, length m
     * @since 0.1
     */
    public static double[] columnSums(double[][] a) {
        double[] sums = new double[a[0].length];
        for (double[] row : a) {
            addScaledRow(sums, 1.0, row);
        }
        return sums;
    }

    /**
     * Apply the softmax function to each row.
     *
     * <p>Each row is shifted by its maximum before exponentiation, so large logits do not
     * overflow.
     *
     * @param logits the unnormalized scores, shape [n][m], never null
     * @return the probabilities, shape [n][m], each row summing to 1
     * @since 0.1
     */
    public static double[][] softmaxRows(double[][] logits) {
        double[][] probabilities = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            probabilities[i] = softmax(logits[i]);
        }
        return probabilities;
    }

    private static double[] softmax(double[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (double logit : logits) {
            max = Math.max(max, logit);
        }
        double[] exponentials = new double[logits.length];
        double sum = 0.0;
        for (int j = 0; j < logits.length; j++) {
            exponentials[j] = Math.exp(logits[j] - max);
            sum += exponentials[j];
        }
        for (int j = 0; j < logits.length; j++) {
            exponentials[j] /= sum;
        }
        return exponentials;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void addScaledRow(double[] target, double scale, double[] row) {
        for (int j = 0; j < row.length; j++) {
            target[j] += scale * row[j];
        }
    }
}
