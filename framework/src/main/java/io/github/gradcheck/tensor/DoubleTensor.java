package io.github.gradcheck.tensor;

/** View of a {@code double} array; see {@link Tensor}. */
final class DoubleTensor extends Tensor {

    private final double[][] rows;

    DoubleTensor(int[] shape, Object[] rows) {
        super(shape);
        this.rows = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            this.rows[i] = (double[]) rows[i];
        }
    }

    @Override
    public ElementType elementType() {
        return ElementType.DOUBLE;
    }

    @Override
    public double get(int index) {
        return rows[index / rowLength()][index % rowLength()];
    }

    @Override
    public void set(int index, double value) {
        rows[index / rowLength()][index % rowLength()] = value;
    }

    @Override
    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(double.class, new int[shape().length]).getClass();
    }
}
