package id.anjungan.host.modules.boundary;

import id.anjungan.host.problem.Problem;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses an upload once it exceeds a size, without reading the rest. */
public final class LimitedInputStream extends FilterInputStream {

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
            throw Problem.of(413, "too-large", "Berkas terlalu besar", "File too large",
                    "Berkas melebihi batas " + limit / (1024 * 1024) + " MB.",
                    "The file exceeds the limit of " + limit / (1024 * 1024) + " MB.");
        }
    }
}
