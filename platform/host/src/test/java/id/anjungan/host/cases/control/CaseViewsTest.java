package id.anjungan.host.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.anjungan.host.cases.entity.CaseRow;
import id.anjungan.host.cases.entity.CaseStepRow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseViewsTest {

    private static final String NIK = "3374014101800003";

    private static CaseStepRow step(String state, String actor, String note) {
        CaseStepRow s = new CaseStepRow();
        s.tracking = "BPNT-2612-4839-2071-6";
        s.recorded = Instant.parse("2026-12-01T03:00:00Z");
        s.state = state;
        s.stateLabelId = "Label " + state;
        s.stateLabelEn = "Label " + state;
        s.transition = "to-" + state;
        s.actor = actor;
        s.note = note;
        return s;
    }

    /** A note holding a full NIK was returned to an anonymous caller; so was who took each step. */
    @Test
    void thePublicHistoryHasStateLabelAndDateOnly() {
        CaseViews views = new CaseViews();
        views.cases = new StoredCaseStore() {
            @Override
            public List<CaseStepRow> steps(String tracking) {
                return List.of(step("diajukan", "Pak Joko (PSM) untuk 3374••••••••0003", null),
                        step("diverifikasi", "Bu Rina (TKSK)", "NIK " + NIK + " cocok dengan KK"));
            }

            @Override
            public boolean overdue(CaseRow row) {
                return false;
            }

            @Override
            public java.util.Optional<id.anjungan.host.cases.entity.CityCaseState> cityState(String tracking) {
                return java.util.Optional.empty(); // a case the city does not work
            }
        };
        CaseRow row = new CaseRow();
        row.tracking = "BPNT-2612-4839-2071-6";
        row.subjectNik = NIK;
        row.created = Instant.parse("2026-12-01T03:00:00Z");
        Map<String, Object> view = views.publicView(row, "id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) view.get("history");
        assertEquals(2, history.size());
        for (Map<String, Object> step : history) {
            assertEquals(Set.of("at", "state", "stateLabel"), step.keySet());
        }
        assertEquals("Label diverifikasi", history.get(1).get("stateLabel"));
        assertFalse(view.toString().contains(NIK), view.toString());
        assertFalse(view.toString().contains("Rina") || view.toString().contains("Joko"), view.toString());
    }

    /** The city found the household claimed at another kiosk first: the resident reads why, in their language. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"id, Pengajuan ini sedang ditinjau TKSK", "en, This application is being reviewed by the TKSK"})
    void aClaimTheCityFoundMadeElsewhereFirstIsExplainedToTheResident(String lang, String start) {
        CaseViews views = new CaseViews();
        views.cases = new StoredCaseStore() {
            @Override
            public List<CaseStepRow> steps(String tracking) {
                return List.of();
            }

            @Override
            public boolean overdue(CaseRow row) {
                return false;
            }

            @Override
            public java.util.Optional<id.anjungan.host.cases.entity.CityCaseState> cityState(String tracking) {
                return java.util.Optional.empty(); // a case the city does not work
            }
        };
        CaseRow row = new CaseRow();
        row.tracking = "BPNT-2612-0042-4839-2071-8";
        row.created = Instant.parse("2026-12-01T03:00:00Z");
        row.data = id.anjungan.host.persistence.JsonText.write(Map.of(CaseViews.CLAIM_CONFLICT,
                "BPNT-2612-0007-1234-5678-9"));
        String notice = (String) views.publicView(row, lang).get("notice");
        org.junit.jupiter.api.Assertions.assertTrue(notice.startsWith(start) && notice.contains("BPNT-2612-0007-1234-5678-9"),
                notice);
        row.data = null;
        assertFalse(views.publicView(row, lang).containsKey("notice"), "no notice on a case the city did not question");
    }
}
