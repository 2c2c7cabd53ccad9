package io.github.gradcheck.tensor;

/** View of a {@code float} array; see {@link Tensor}. */
final class FloatTensor extends Tensor {

    private final float[][] rows;

    FloatTensor(int[] shape, Object[] rows) {
        super(shape);
        this.rows = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            this.rows[i] = (float[]) rows[i];
        }
    }

    @Override
    public ElementType elementType() {
        return ElementType.FLOAT;
    }

    @Override
    public double get(int index) {
        return rows[index / rowLength()][index % rowLength()];
    }

    @Override
    public void set(int index, double value) {
        rows[index / rowLength()][index % rowLength()] = (float) value;
    }

    @Override
    public Class<?> arrayType() {
        return java.lang.reflect.Array.newInstance(float.class, new int[shape().length]).getClass();
    }
}
