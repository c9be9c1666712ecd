package id.anjungan.host.recipients.control;

import id.anjungan.spi.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/** How far one import has come; written by the importing thread only, read by anyone. */
public final class ImportProgress {

    /** Where an import stands. */
    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String program;
    private final String period;
    private volatile State state = State.RUNNING;
    private volatile long rowsRead;
    private volatile long rowsImported;
    private volatile long rowsRejected;
    private volatile Text problem;

    ImportProgress(String id, String program, String period) {
        this.id = id;
        this.program = program;
        this.period = period;
    }

    public String id() {
        return id;
    }

    public String program() {
        return program;
    }

    public String period() {
        return period;
    }

    public State state() {
        return state;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsImported() {
        return rowsImported;
    }

    public long rowsRejected() {
        return rowsRejected;
    }

    public Text problem() {
        return problem;
    }

    void read(long rows, long staged, long rejected) {
        rowsRead = rows;
        rowsImported = staged;
        rowsRejected = rejected;
    }

    void done(long published) {
        rowsImported = published;
        state = State.DONE;
    }

    void failed(Text why) {
        rowsImported = 0;
        problem = why;
        state = State.FAILED;
    }

    public Map<String, Object> json(String lang) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("program", program);
        body.put("period", period);
        body.put("state", state.name());
        body.put("rowsRead", rowsRead);
        body.put("rowsImported", rowsImported);
        body.put("rowsRejected", rowsRejected);
        body.put("problem", problem == null ? null : problem.in(lang));
        return body;
    }
}
