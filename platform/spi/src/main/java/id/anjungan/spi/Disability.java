package id.anjungan.spi;

/** Disability as asked by the cross-program screener. */
public enum Disability { NONE, PHYSICAL, SEVERE_PHYSICAL, SENSORY, MENTAL, INTELLECTUAL }
