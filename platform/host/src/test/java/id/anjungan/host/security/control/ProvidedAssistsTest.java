package id.anjungan.host.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.anjungan.host.grid.MemorySharedMap;
import id.anjungan.host.problem.Problem;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resident of an assisted session of an officer logged in through the identity provider, kept by the provider
 * session (subject and {@code sid}): on a kiosk (memory only) and on two city nodes sharing the grid.
 */
class ProvidedAssistsTest {

    private static final String NIK = "3374014101800003";
    private static final String RATNA = "8b5f0c1e-0000-4000-8000-000000000001";
    private static final String SARI = "8b5f0c1e-0000-4000-8000-000000000002";
    private static final String LOGIN = "d1c3a9f0-0000-4000-8000-00000000000a";
    private static final String OTHER_LOGIN = "d1c3a9f0-0000-4000-8000-00000000000b";

    private Instant now = Instant.parse("2026-12-06T01:00:00Z");
    private final MemorySharedMap<String> tokens = new MemorySharedMap<>();
    private final MemorySharedMap<String> assists = new MemorySharedMap<>();

    /** Where an assist starts and where the later requests of the same login arrive. */
    record Tier(Sessions start, Sessions later) {
    }

    /** A kiosk, or two city nodes on one grid. */
    private Tier tier(String name) {
        if ("kiosk".equals(name)) {
            Sessions kiosk = node(false);
            return new Tier(kiosk, kiosk);
        }
        return new Tier(node(true), node(true));
    }

    private Sessions node(boolean city) {
        Sessions node = new Sessions();
        node.clock = () -> now;
        if (city) {
            node.shared = tokens;
            node.sharedAssists = assists;
        }
        return node;
    }

    private static AccessTokens.Claims claims(String username, String subject, String sid) {
        return new AccessTokens.Claims(username, "Bu " + username, Role.TKSK, "Semarang Tengah",
                Instant.parse("2026-12-06T01:01:00Z"), subject, sid);
    }

    /** The caller of a request with a provider token of these claims, as the access filter makes it. */
    private static Caller caller(Sessions node, AccessTokens.Claims claims) {
        String session = claims.providedSession().orElse(null);
        String nik = session == null ? null : node.assisted(session, claims.username()).orElse(null);
        Caller caller = new Caller();
        caller.set(new Actor(claims.username(), claims.displayName(), claims.role(), nik), "jwt");
        caller.provided(claims.kecamatan(), session);
        return caller;
    }

    private static String assisted(Sessions node, AccessTokens.Claims claims) {
        return caller(node, claims).actor().onBehalfOfNik();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "city"})
    void aRefreshedTokenOfTheSameLoginStillActsForTheResident(String on) {
        Tier tier = tier(on);
        Actor started = tier.start().assist(caller(tier.start(), claims("tksk", RATNA, LOGIN)), NIK);
        assertAssisted(started.onBehalfOfNik(), "the resident assisted");
        for (int minute = 1; minute <= 5; minute++) {
            now = now.plus(Duration.ofMinutes(1));
            assertAssisted(assisted(tier.later(), claims("tksk", RATNA, LOGIN)), "refresh " + minute);
        }
    }

    static Stream<Arguments> borrowers() {
        return Stream.of(
                Arguments.of("another account naming the same sid", "tksk2", SARI, LOGIN),
                Arguments.of("the same account, another login", "tksk", RATNA, OTHER_LOGIN),
                Arguments.of("another account, another login", "tksk2", SARI, OTHER_LOGIN),
                Arguments.of("the same subject under another username", "tksk2", RATNA, LOGIN),
                Arguments.of("the same account, a longer sid", "tksk", RATNA, LOGIN + "x"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("borrowers")
    void noOtherLoginSeesTheResident(String why, String username, String subject, String sid) {
        Sessions node = node(true);
        node.assist(caller(node, claims("tksk", RATNA, LOGIN)), NIK);
        assertEquals(null, assisted(node(true), claims(username, subject, sid)));
        assertAssisted(assisted(node(true), claims("tksk", RATNA, LOGIN)), "the assist itself is untouched");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "city"})
    void endingTheAssistOrLoggingOutClearsIt(String on) {
        Tier tier = tier(on);
        tier.start().assist(caller(tier.start(), claims("tksk", RATNA, LOGIN)), NIK);
        tier.later().assist(caller(tier.later(), claims("tksk", RATNA, LOGIN)), null);
        assertEquals(null, assisted(tier.start(), claims("tksk", RATNA, LOGIN)));
        tier.start().assist(caller(tier.start(), claims("tksk", RATNA, LOGIN)), NIK);
        tier.later().end(caller(tier.later(), claims("tksk", RATNA, LOGIN)));
        assertEquals(null, assisted(tier.start(), claims("tksk", RATNA, LOGIN)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "city"})
    void anAssistUnusedForTheIdleTimeEnds(String on) {
        Tier tier = tier(on);
        tier.start().assist(caller(tier.start(), claims("tksk", RATNA, LOGIN)), NIK);
        now = now.plus(Duration.ofHours(8)).minusSeconds(1);
        assertAssisted(assisted(tier.later(), claims("tksk", RATNA, LOGIN)), "the resident assisted");
        now = now.plus(Duration.ofHours(8));
        assertEquals(null, assisted(tier.later(), claims("tksk", RATNA, LOGIN)));
    }

    /** As a kiosk token's: used all day, it still ends 12 hours after it started, and stays ended. */
    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "city"})
    void anAssistInUseEndsAtTheSessionLifetime(String on) {
        Tier tier = tier(on);
        tier.start().assist(caller(tier.start(), claims("tksk", RATNA, LOGIN)), NIK);
        for (int hour = 1; hour < 12; hour++) {
            now = now.plus(Duration.ofHours(1));
            assertAssisted(assisted(hour % 2 == 0 ? tier.start() : tier.later(), claims("tksk", RATNA, LOGIN)),
                    "hour " + hour);
        }
        now = now.plus(Duration.ofHours(1));
        assertEquals(null, assisted(tier.later(), claims("tksk", RATNA, LOGIN)));
        assertEquals(null, assisted(tier.start(), claims("tksk", RATNA, LOGIN)), "and stays ended");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {RATNA + ",null", RATNA + ",''", RATNA + ",' '", "null," + LOGIN,
            "''," + LOGIN})
    void aTokenWithoutSubjectOrSidCannotStartAnAssist(String subject, String sid) {
        Sessions node = node(false);
        Caller caller = caller(node, claims("tksk", subject, sid));
        Problem refused = assertThrows(Problem.class, () -> node.requireAssistable(caller));
        assertEquals(409, refused.status());
        assertEquals("assist-needs-provider-session", refused.code());
        assertEquals(refused.code(), assertThrows(Problem.class, () -> node.assist(caller, NIK)).code());
        assertEquals(null, node.assist(caller, null).onBehalfOfNik(), "ending none is no error");
        node.end(caller);
    }

    /** A key of the assists is no bearer token: sent as one, it names nobody. */
    @ParameterizedTest
    @ValueSource(strings = {"kiosk", "city"})
    void theKeyOfAnAssistIsNoToken(String on) {
        Tier tier = tier(on);
        AccessTokens.Claims claims = claims("tksk", RATNA, LOGIN);
        tier.start().assist(caller(tier.start(), claims), NIK);
        String key = claims.providedSession().orElseThrow();
        assertEquals(Optional.empty(), tier.later().actor(key));
        Authentication authentication = new Authentication();
        authentication.sessions = tier.later();
        authentication.provider = new IdentityProvider();
        assertEquals(401, assertThrows(Problem.class, () -> authentication.caller("Bearer " + key)).status());
    }

    @ParameterizedTest
    @CsvSource({"a.b,c", "a,b.c", "ab,c", "a,bc"})
    void noTwoPairsSpellTheSameKey(String subject, String sid) {
        String key = claims("tksk", subject, sid).providedSession().orElseThrow();
        for (String[] other : new String[][] {{"a.b", "c"}, {"a", "b.c"}, {"ab", "c"}, {"a", "bc"}}) {
            if (!(other[0].equals(subject) && other[1].equals(sid))) {
                assertNotEquals(key, claims("tksk", other[0], other[1]).providedSession().orElseThrow());
            }
        }
    }

    /** A provider token needs no state of ours but this: a silent grid must not make every request fail. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void whileTheGridIsSilentANodeAnswersWhatItSaw(boolean sawIt) {
        Sessions started = node(true);
        started.assist(caller(started, claims("tksk", RATNA, LOGIN)), NIK);
        Sessions node = sawIt ? started : node(true);
        assists.silent = true;
        assertEquals(sawIt ? NIK : null, assisted(node, claims("tksk", RATNA, LOGIN)));
        assertEquals("sessions-unavailable", assertThrows(Problem.class,
                () -> node.assist(caller(node, claims("tksk2", SARI, OTHER_LOGIN)), NIK)).code(),
                "a start must reach the grid");
    }

    /** Compares the resident's number whole; a mismatch shows both masked, so the CI log keeps none in full. */
    private static void assertAssisted(String actual, String message) {
        assertTrue(NIK.equals(actual), () -> message + ": expected " + id.anjungan.host.privacy.Masking.mask(NIK)
                + " but was " + (actual == null ? null : id.anjungan.host.privacy.Masking.mask(actual)));
    }
}
