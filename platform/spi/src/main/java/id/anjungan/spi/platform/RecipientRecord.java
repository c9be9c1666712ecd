package id.anjungan.spi.platform;

import java.util.Map;

/**
 * One row of an imported recipient list (BNBA, "by name by address").
 *
 * @param program program code
 * @param period list period, e.g. {@code "2026-11"}
 * @param nik the recipient's NIK
 * @param kk family card number
 * @param name name
 * @param address street address
 * @param rt RT
 * @param rw RW
 * @param kelurahan kelurahan
 * @param fields program-specific columns (amount, channel, account, kg, …) by lower-case column name
 */
public record RecipientRecord(String program, String period, String nik, String kk, String name, String address,
                              String rt, String rw, String kelurahan, Map<String, String> fields) {

    public RecipientRecord {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
    }

    public String field(String key) {
        return fields.get(key);
    }
}
