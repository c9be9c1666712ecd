package id.anjungan.host.osgi;

/** The framework could not install, start or stop a bundle; the message says why. */
public final class BundleFailure extends Exception {

    private static final long serialVersionUID = 1L;

    BundleFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
