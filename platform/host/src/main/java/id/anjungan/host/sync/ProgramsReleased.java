package id.anjungan.host.sync;

/**
 * The city no longer sets the programs of the kiosk's kelurahan ({@code programs-released}, city to kiosk): the kiosk
 * keeps the programs it runs and its admin switches them again. Revisioned with {@link KelurahanPrograms}: the newest
 * of the two wins.
 */
public record ProgramsReleased(String kelurahan, long revision) {
}
