package id.anjungan.module.jumatkoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.anjungan.spi.ProgramException;
import id.anjungan.spi.platform.Verification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerInvariantTest {

    private static final String[] BOXES = {"Kantor Kecamatan Semarang Tengah", "Kelurahan Miroto", "Kelurahan Sekayu",
        "Kelurahan Pekunden", "Kelurahan Kauman", "Kelurahan Pendrikan Kidul"};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void balanceAlwaysEqualsTheSumOfEntriesAndThePublicTotals(long seed) {
        Random random = new Random(seed);
        Fixture f = new Fixture(Map.of("publicWeeks", 10));
        List<Long> collections = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            int action = random.nextInt(10);
            try {
                if (action < 5) {
                    String date = f.p.clock.today().minusDays(random.nextInt(31)).toString();
                    Map<String, Object> entry = entry(f.collect(date, BOXES[random.nextInt(BOXES.length)],
                            1 + random.nextInt(2_000_000), "Saksi A", "Saksi B"));
                    collections.add((Long) entry.get("sequence"));
                } else if (action < 7 && !collections.isEmpty()) {
                    Map<String, Object> input = new HashMap<>(Map.of("sequence",
                            BigDecimal.valueOf(collections.get(random.nextInt(collections.size()))),
                            "reason", "Salah hitung koin saat rekap"));
                    if (random.nextBoolean()) {
                        input.put("amount", BigDecimal.valueOf(1 + random.nextInt(2_000_000)));
                    }
                    Object replacement = f.op("koreksi-setoran", input, Fixture.KASI).get("replacement");
                    if (replacement != null) {
                        collections.add((Long) entry(Map.of("entry", replacement)).get("sequence"));
                    }
                } else {
                    f.approve(f.verified("SEDANG", 3_000_000).tracking(), 1 + random.nextInt(3_000_000));
                }
            } catch (ProgramException refused) {
                // duplicates, double corrections and payouts above the balance are refused; the invariant holds anyway
            }
            long balance = f.p.ledger.balance("JUMATKOIN");
            assertEquals(f.sumOfEntries(), balance);
            assertTrue(balance >= 0, "a balance below zero means a payout exceeded it");
            Map<String, Object> kas = f.op("kas", Map.of(), null);
            assertEquals(balance, kas.get("balance"));
            assertEquals(balance, (long) kas.get("totalCollected") - (long) kas.get("totalDisbursed"));
            long weekly = ((List<?>) kas.get("weeks")).stream()
                    .mapToLong(w -> (Long) ((Map<?, ?>) w).get("collected")).sum();
            assertEquals(kas.get("totalCollected"), weekly);
            assertEquals(true, kas.get("intact"));
        }
    }

    @ParameterizedTest(name = "tamper with entry {0}")
    @ValueSource(longs = {1, 3, 5})
    void tamperingWithAStoredEntryIsDetected(long sequence) {
        Fixture f = new Fixture();
        for (int day = 0; day < 5; day++) {
            f.collect(f.p.clock.today().minusDays(day).toString(), 100_000 + day);
        }
        assertTrue(f.p.ledger.verify("JUMATKOIN").intact());

        f.p.ledger.tamper("JUMATKOIN", sequence, 1);

        Verification check = f.p.ledger.verify("JUMATKOIN");
        assertFalse(check.intact());
        assertEquals(sequence, check.firstBroken());
        assertEquals(false, f.op("kas", Map.of(), null).get("intact"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> answer) {
        return (Map<String, Object>) answer.get("entry");
    }
}
