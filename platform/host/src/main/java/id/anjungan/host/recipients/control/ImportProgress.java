package id.anjungan.host.recipients.control;

import id.anjungan.host.recipients.entity.ImportRow;
import id.anjungan.spi.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/** How far one import has come; written by the importing thread only, read by anyone. */
public final class ImportProgress {

    /** Where an import stands: PREVIEW waits for the admin to confirm or cancel the replacement of the list. */
    public enum State { RUNNING, PREVIEW, DONE, FAILED }

    private final String id;
    private final String program;
    private final String period;
    private final String source;
    private volatile State state = State.RUNNING;
    private volatile long rowsRead;
    private volatile long rowsImported;
    private volatile long rowsRejected;
    private volatile Text problem;
    private volatile String problemCode;
    private volatile ReplacementPreview preview;

    ImportProgress(String id, String program, String period, String source) {
        this.id = id;
        this.program = program;
        this.period = period;
        this.source = source;
    }

    /** An import as a previous run of the kiosk left it. */
    static ImportProgress of(ImportRow row) {
        ImportProgress p = new ImportProgress(row.id, row.program, row.period, row.source);
        p.rowsRead = row.rowsRead;
        p.rowsImported = row.rowsImported;
        p.rowsRejected = row.rowsRejected;
        p.state = State.valueOf(row.state);
        p.problemCode = row.problemCode;
        p.problem = row.problemId == null ? null : Text.of(row.problemId, row.problemEn);
        return p;
    }

    /** The row that keeps this import's standing. */
    ImportRow row(java.time.Instant now) {
        ImportRow row = new ImportRow();
        row.id = id;
        row.program = program;
        row.period = period;
        row.source = source;
        row.state = state.name();
        row.rowsRead = rowsRead;
        row.rowsImported = rowsImported;
        row.rowsRejected = rowsRejected;
        row.problemCode = problemCode;
        row.problemId = problem == null ? null : problem.id();
        row.problemEn = problem == null ? null : problem.en();
        row.updated = now;
        return row;
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

    /** DTSEN, SP2D or OTHER; {@code null} for an import of a build before sources were recorded. */
    public String source() {
        return source;
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

    /** Why it failed, for a client to act on ({@code shrink-unconfirmed}: import again with confirmation). */
    public String problemCode() {
        return problemCode;
    }

    void read(long rows, long staged, long rejected) {
        rowsRead = rows;
        rowsImported = staged;
        rowsRejected = rejected;
    }

    void previewed(ReplacementPreview what) {
        preview = what;
        state = State.PREVIEW;
    }

    void confirmed() {
        state = State.RUNNING;
    }

    void done(long published) {
        rowsImported = published;
        state = State.DONE;
    }

    void failed(String code, Text why) {
        rowsImported = 0;
        problemCode = code;
        problem = why;
        state = State.FAILED;
    }

    public Map<String, Object> json(String lang) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("program", program);
        body.put("period", period);
        body.put("source", source);
        body.put("state", state.name());
        body.put("rowsRead", rowsRead);
        body.put("rowsImported", rowsImported);
        body.put("rowsRejected", rowsRejected);
        body.put("problem", problem == null ? null : problem.in(lang));
        body.put("problemCode", problemCode);
        ReplacementPreview p = preview;
        if (p != null) {
            // of today's recipients, how many the new list keeps and drops; the rest of it is new
            body.put("preview", Map.of("published", p.published(), "dropped", p.dropped(),
                    "kept", p.published() - p.dropped(), "added", Math.max(0, rowsImported - (p.published() - p.dropped()))));
        }
        return body;
    }
}
