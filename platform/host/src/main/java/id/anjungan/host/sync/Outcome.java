package id.anjungan.host.sync;

/**
 * What the city decided about a kiosk's case that the kiosk could not decide offline.
 *
 * @param result {@link #RECEIVED}, {@link #CLAIM_STANDS} or {@link #CLAIM_CONFLICT}
 * @param otherTracking for a conflict: the case whose claim stands
 */
public record Outcome(String kiosk, String tracking, String result, String otherTracking) {

    public static final String RECEIVED = "received";
    public static final String CLAIM_STANDS = "claim-stands";
    public static final String CLAIM_CONFLICT = "claim-conflict";
}
