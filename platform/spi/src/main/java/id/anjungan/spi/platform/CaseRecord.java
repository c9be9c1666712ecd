package id.anjungan.spi.platform;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case (application, report, complaint, proposal, objection).
 *
 * @param tracking tracking number with check digit, e.g. {@code BPNT-2612-4839-2071-6}
 * @param program program code
 * @param service service id
 * @param state current state id
 * @param subjectNik NIK of the person the case is about, or {@code null} (no identity card yet)
 * @param category grievance category or sub-type, may be {@code null}
 * @param data the submitted answers
 * @param createdAt when it was submitted
 * @param dueAt when the current state's SLA runs out, or {@code null}
 * @param history every step, oldest first
 */
public record CaseRecord(String tracking, String program, String service, String state, String subjectNik,
                         String category, Map<String, String> data, Instant createdAt, Instant dueAt,
                         List<CaseStep> history) {

    public CaseRecord {
        data = Map.copyOf(data);
        history = List.copyOf(history);
    }
}
