package id.anjungan.host.sync;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A case as its kiosk holds it, with its whole history: the city keeps the snapshot with the most steps, so snapshots
 * may arrive twice or out of order. {@code subjectNik} travels in full (the city works the case); it is never logged.
 *
 * @param claimScope with {@code claimKey}: the claim-once key the program asked for (CPP), settled by the city
 * @param attachments ids of the attachments the case's answers name; each is sent before the snapshot
 */
public record CaseSnapshot(String kiosk, String tracking, String program, String service, String programNameId,
                           String programNameEn, String serviceTitleId, String serviceTitleEn, String state,
                           String stateLabelId, String stateLabelEn, boolean closed, String subjectNik, String category,
                           String kelurahan, String kecamatan, Map<String, String> data, String receiptJson,
                           Instant created, Instant due, String createdBy, String claimScope, String claimKey,
                           List<String> attachments, List<Step> steps) {

    /** One step of the case's history, in order. */
    public record Step(Instant recorded, String state, String stateLabelId, String stateLabelEn, String transition,
                       String actor, String note) {
    }
}
