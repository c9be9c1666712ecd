package id.anjungan.module.cpp.internal;

import id.anjungan.spi.OperationInput;
import id.anjungan.spi.Actor;
import id.anjungan.spi.Program;
import id.anjungan.spi.ProgramDescriptor;
import id.anjungan.spi.StatusReport;
import id.anjungan.spi.Text;
import id.anjungan.spi.platform.AuditLog;
import id.anjungan.spi.platform.Counters;
import id.anjungan.spi.platform.KioskClock;
import id.anjungan.spi.platform.ProgramStore;
import id.anjungan.spi.platform.RecipientLists;
import id.anjungan.spi.platform.RecipientRecord;
import id.anjungan.spi.platform.ResidentRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/** CPP: government rice reserve handed out by TKSK and PSM, one claim per household per distribution event. */
@Component(property = Program.CODE + "=CPP", configurationPid = "id.anjungan.cpp")
@Designate(ocd = CppConfig.class)
public final class CppProgram implements Program {

    private static final ProgramDescriptor DESCRIPTOR = CppDescriptor.build();

    private final Events events;
    private final Households households;
    private final Stock stock;
    private final Counters counters;
    private final HandOver handOver;
    private final Replacements replacements;
    private final DistributionReport report;
    private final Invitations invitations;
    private final DistributionStatus status;
    private final AuditLog audit;

    @Activate
    public CppProgram(@Reference Counters counters, @Reference RecipientLists lists,
                      @Reference ResidentRegistry residents, @Reference KioskClock clock, @Reference AuditLog audit,
                      @Reference ProgramStore store, CppConfig config) {
        this.counters = counters;
        this.audit = audit;
        this.stock = new Stock(counters);
        this.events = new Events(counters, stock, config.defaultKgPerHousehold());
        this.households = new Households(lists, residents);
        InvitationCode codes = new InvitationCode(config.qrSecret(), store, counters);
        PbpStanding standing = new PbpStanding(residents);
        this.handOver = new HandOver(new HouseholdFinder(events, households, codes), standing, stock, counters,
                residents, audit, clock, config.proxyPickup());
        this.replacements = new Replacements(events, households, standing, counters, residents, audit);
        this.report = new DistributionReport(events, households, stock, counters, residents, clock, config);
        this.invitations = new Invitations(events, households, codes, residents, standing,
                Text.of(config.bringId(), config.bringEn()), config.proxyPickup());
        this.status = new DistributionStatus(events, counters, clock, config);
    }

    @Override
    public ProgramDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public StatusReport status(Optional<RecipientRecord> record) {
        return status.of(record);
    }

    @Override
    public Object operate(String operation, Map<String, Object> input, Actor actor) {
        return switch (operation) {
            case "events" -> Map.of("events", events.all().stream().map(this::summary).toList());
            case "create-event" -> {
                DistributionEvent event = events.create(input, actor);
                audit.record(actor, "cpp-event", event.id(), event.place());
                yield summary(event);
            }
            case "receive-stock" -> receiveStock(input, actor);
            case "import" -> {
                DistributionEvent event = events.require(
                        new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
                Map<String, Object> result = households.importRows(event.id(), ImportRows.rows(input, "rows", 5000));
                audit.record(actor, "cpp-import", event.id(), result.get("accepted") + " rows");
                yield result;
            }
            case "lookup" -> handOver.lookup(input, actor);
            case "claim" -> handOver.claim(input, actor);
            case "replace" -> replacements.replace(input, actor);
            case "receipts" -> report.receipts(new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
            case "bast" -> report.handOverRecord(new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
            case "report" -> report.report(new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
            case "invitations" -> invitations.list(new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
            default -> Program.super.operate(operation, input, actor);
        };
    }

    private Map<String, Object> receiveStock(Map<String, Object> input, Actor actor) {
        DistributionEvent event = events.require(new OperationInput(input).text("eventId", Labels.EVENT, 1, 200));
        long kg = new OperationInput(input).whole("kg", Labels.STOCK_KG, 1, 10_000_000);
        stock.receive(event.id(), kg);
        audit.record(actor, "cpp-stock", event.id(), "+" + kg + " kg");
        return summary(event);
    }

    private Map<String, Object> summary(DistributionEvent event) {
        Map<String, Object> m = new LinkedHashMap<>(event.json());
        m.put("stockReceivedKg", stock.receivedKg(event.id()));
        m.put("remainingKg", stock.remainingKg(event.id()));
        m.put("households", households.all(event.id()).size());
        m.put("claimedHouseholds", counters.claims(event.claimScope()).size());
        return m;
    }
}
