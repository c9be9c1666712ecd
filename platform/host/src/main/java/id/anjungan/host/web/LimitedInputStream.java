package id.anjungan.host.web;

import id.anjungan.host.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses an upload once it exceeds a size, without reading the rest. */
public final class LimitedInputStream extends FilterInputStream {

    /** Room for the multipart boundaries and the other parts around the file. */
    public static final long ENVELOPE = 64 * 1024;

    private final long limit;
    private long read;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit) {
            throw tooLarge(limit);
        }
    }

    /**
     * Refuses an upload of a file of at most {@code maxBytes} before a reader spools it: at once from its
     * Content-Length, or, when it is sent chunked, as soon as the body passes the limit.
     */
    public static void limit(ContainerRequestContext request, long maxBytes) {
        long limit = maxBytes + ENVELOPE;
        if (request.getLength() > limit) {
            throw tooLarge(maxBytes);
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    private static Problem tooLarge(long limit) {
        long mb = limit / (1024 * 1024);
        return Problem.of(413, "too-large", "Berkas terlalu besar", "File too large",
                "Berkas melebihi batas " + mb + " MB.", "The file exceeds the limit of " + mb + " MB.");
    }
}
