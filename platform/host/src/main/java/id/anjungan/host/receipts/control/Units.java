package id.anjungan.host.receipts.control;

final class Units {

    static final float POINTS_PER_MM = 72f / 25.4f;

    private Units() {
    }

    static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }
}
