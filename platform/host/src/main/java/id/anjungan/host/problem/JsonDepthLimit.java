package id.anjungan.host.problem;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses JSON nested deeper than {@link #MAX_DEPTH} while it is read, before a parser descends into it: JSON-B
 * builds nested values recursively, and 5,000 levels of {@code [} overflowed the request thread's stack. No form or
 * operation of the kiosk nests more than a few levels.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonDepthLimit implements ReaderInterceptor {

    public static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            context.setInputStream(new Counting(context.getInputStream()));
        }
        return context.proceed();
    }

    /** Counts brackets outside strings as the bytes pass; UTF-8 continuation bytes never look like ASCII. */
    static final class Counting extends FilterInputStream {

        private int depth;
        private boolean inString;
        private boolean escaped;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            for (int i = 0; i < n; i++) {
                see(buffer[off + i]);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] skipped = new byte[(int) Math.max(0, Math.min(n, 8192))];
            return Math.max(0, read(skipped, 0, skipped.length)); // skipped bytes are counted too
        }

        private void see(int b) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '[' || b == '{') {
                if (++depth > MAX_DEPTH) {
                    throw tooDeep();
                }
            } else if (b == ']' || b == '}') {
                depth--;
            }
        }
    }

    static Problem tooDeep() {
        return Problem.of(400, "too-deep", "Permintaan tidak dapat dibaca", "Bad request",
                "Data bersarang lebih dari " + MAX_DEPTH + " tingkat.", "The data is nested deeper than " + MAX_DEPTH
                        + " levels.");
    }
}
