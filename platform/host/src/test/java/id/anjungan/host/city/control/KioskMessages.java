package id.anjungan.host.city.control;

import id.anjungan.host.audit.control.HashChainedAudit;
import id.anjungan.host.sync.AuditBatch;
import id.anjungan.host.sync.CaseSnapshot;
import id.anjungan.host.sync.SyncJson;
import id.anjungan.host.sync.SyncProtocol;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** What one kiosk's relay sends, per the contract: case snapshots, its audit chain in batches, attachments. */
public final class KioskMessages {

    static final String NIK = "3374014101800003";

    final String kiosk;
    final String kelurahan;
    final String kecamatan;
    private final List<AuditBatch.Entry> chain = new ArrayList<>();
    private final Instant start = Instant.parse("2026-12-01T01:00:00Z");

    public KioskMessages(int number, String kelurahan, String kecamatan) {
        this.kiosk = String.format("K%04d", number);
        this.kelurahan = kelurahan;
        this.kecamatan = kecamatan;
    }

    public String tracking(int n) {
        return "CPP-2612-" + kiosk.substring(1) + "-" + String.format("%08d", n) + "-0";
    }

    /** The case with its first {@code steps} steps; a CPP claim on {@code household} when not null. */
    public CaseSnapshot snapshot(String tracking, int steps, String household) {
        List<CaseSnapshot.Step> history = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            history.add(new CaseSnapshot.Step(start.plus(i, ChronoUnit.HOURS), "s" + i, "Langkah " + i, "Step " + i,
                    i == 0 ? null : "t" + i, "PSM Sari (PSM)", i == 0 ? null : "catatan " + i));
        }
        return new CaseSnapshot(kiosk, tracking, "CPP", "cpp-ajukan", "Cadangan Pangan", "Food reserve",
                "Ajukan bantuan", "Apply for aid", "s" + (steps - 1), "Langkah " + (steps - 1), "Step " + (steps - 1),
                false, NIK, "pangan", kelurahan, kecamatan, Map.of("kk", "3374010101010001", "jumlah", "4"), null,
                start, start.plus(14, ChronoUnit.DAYS), "psm", household == null ? null : "CPP/2612",
                household, List.of(), history);
    }

    public Inbound message(CaseSnapshot s) {
        return message(s, SyncProtocol.duplicateId(kiosk, SyncProtocol.KIND_CASE, s.tracking() + ":" + s.steps().size()));
    }

    Inbound message(CaseSnapshot s, String duplicateId) {
        return Inbound.text(duplicateId, SyncProtocol.KIND_CASE, kiosk, SyncJson.write(s));
    }

    /** The next {@code n} entries of the kiosk's chain. */
    public AuditBatch nextAudit(int n) {
        List<AuditBatch.Entry> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long seq = chain.size() + 1;
            String previous = chain.isEmpty() ? "" : chain.get(chain.size() - 1).hash();
            Instant at = start.plusSeconds(seq);
            String key = "k" + seq;
            String hash = HashChainedAudit.hash(previous, seq, at, "PSM Sari (PSM)", "case-open", "CPP-" + seq,
                    "dibuka", key);
            AuditBatch.Entry e = new AuditBatch.Entry(seq, at, "PSM Sari (PSM)", "case-open", "CPP-" + seq, "dibuka",
                    key, hash);
            chain.add(e);
            batch.add(e);
        }
        return new AuditBatch(kiosk, batch);
    }

    public Inbound message(AuditBatch b) {
        List<AuditBatch.Entry> e = b.entries();
        return Inbound.text(SyncProtocol.duplicateId(kiosk, SyncProtocol.KIND_AUDIT, e.get(0).sequence() + "-"
                + e.get(e.size() - 1).sequence()), SyncProtocol.KIND_AUDIT, kiosk, SyncJson.write(b));
    }

    Inbound attachment(String id, byte[] bytes, String sha256) {
        return new Inbound(SyncProtocol.duplicateId(kiosk, SyncProtocol.KIND_ATTACHMENT, id),
                SyncProtocol.KIND_ATTACHMENT, kiosk, null, new ByteArrayInputStream(bytes), id, sha256);
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    /** A small PNG's first bytes and some more: what the attachment store accepts. */
    static byte[] png(int size) {
        byte[] bytes = new byte[size];
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < size; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
