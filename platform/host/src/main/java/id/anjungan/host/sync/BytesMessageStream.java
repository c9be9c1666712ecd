package id.anjungan.host.sync;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A bytes message's body as a stream (an attachment, a module jar): Artemis hands a large message over in chunks while
 * it is read.
 */
public final class BytesMessageStream extends InputStream {

    private final BytesMessage message;
    private byte[] chunk = new byte[0];

    public BytesMessageStream(BytesMessage message) {
        this.message = message;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (chunk.length < length) {
            chunk = new byte[length];
        }
        try {
            int n = message.readBytes(chunk, length);
            if (n > 0) {
                System.arraycopy(chunk, 0, into, offset, n);
            }
            return n <= 0 ? -1 : n;
        } catch (JMSException e) {
            throw new IOException("message body not readable: " + e.getMessage(), e);
        }
    }
}
