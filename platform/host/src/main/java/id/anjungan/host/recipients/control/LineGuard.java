package id.anjungan.host.recipients.control;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Refuses a file whose line never ends (a binary file, say) before the CSV parser buffers all of it. */
final class LineGuard extends FilterReader {

    static final int MAX_LINE_CHARS = 64 * 1024;

    private int sinceNewline;
    private long line = 1;

    LineGuard(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        for (int i = offset; i < offset + Math.max(n, 0); i++) {
            count(buffer[i]);
        }
        return n;
    }

    private void count(char c) {
        if (c == '\n') {
            sinceNewline = 0;
            line++;
        } else if (++sinceNewline > MAX_LINE_CHARS) {
            throw BnbaFile.refused("line-too-long", "Baris " + line + " terlalu panjang; ini bukan berkas CSV daftar "
                    + "penerima.", "Line " + line + " is too long; this is not a recipient-list CSV file.");
        }
    }
}
