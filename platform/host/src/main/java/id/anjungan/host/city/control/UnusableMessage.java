package id.anjungan.host.city.control;

/**
 * A message the city cannot apply however often it tries: a body that does not read, an unknown schema, an attachment
 * whose bytes do not match their hash, an audit entry that does not follow. Its delivery is rolled back, and after the
 * broker's bounded number of tries it goes to the dead-letter address.
 */
public class UnusableMessage extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnusableMessage(String why) {
        super(why);
    }

    public UnusableMessage(String why, Throwable cause) {
        super(why, cause);
    }
}
