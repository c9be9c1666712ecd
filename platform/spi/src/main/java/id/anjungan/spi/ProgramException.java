package id.anjungan.spi;

/** Thrown by a program to refuse an operation with a reason the person at the kiosk can read. */
public class ProgramException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    public ProgramException(Reason reason) {
        super(reason.code() + ": " + reason.message().en());
        this.reason = reason;
    }

    public static ProgramException of(String code, String id, String en) {
        return new ProgramException(Reason.of(code, id, en));
    }

    public Reason reason() {
        return reason;
    }
}
