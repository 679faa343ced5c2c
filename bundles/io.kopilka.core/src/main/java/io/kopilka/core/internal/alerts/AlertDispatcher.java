package io.kopilka.core.internal.alerts;

import java.time.ZoneId;
import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.alerts.SalesReport;
import io.kopilka.api.alerts.StaffChat;
import io.kopilka.api.messaging.Message;
import io.kopilka.api.pos.PosEvent;
import io.kopilka.core.internal.messaging.OutboxImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Turns a newly stored POS event into outbox messages for the staff chats, inside the transaction that stores the
 * event: both commit or neither does, and a retried event finds its messages already there (one per chat and event,
 * {@link AlertKeys}). A chat that {@link StaffChat#wants wants} the event's kind at its venue gets an alert
 * ({@link AlertText}); on {@code SHIFT_CLOSED} the chats with shift reports that follow the venue get the shift's
 * report ({@link ShiftWindow}, {@link SalesCalculator}) instead of the plain alert.
 */
@Component(service = AlertDispatcher.class, configurationPid = ZoneConfig.PID)
public class AlertDispatcher {

    private final OutboxImpl outbox;
    private final StaffChatsImpl chats;
    private final ZoneId zone;
    private final AlertText alerts;
    private final ReportText reports;

    @Activate
    public AlertDispatcher(@Reference OutboxImpl outbox, @Reference StaffChatsImpl chats, ZoneConfig config) {
        this(outbox, chats, ZoneId.of(config.zone()));
    }

    public AlertDispatcher(OutboxImpl outbox, StaffChatsImpl chats, ZoneId zone) {
        this.outbox = outbox;
        this.chats = chats;
        this.zone = zone;
        this.alerts = new AlertText(zone);
        this.reports = new ReportText(zone);
    }

    /** Queues the event's alerts and reports in the caller's transaction; called once, when the event is new. */
    public void dispatch(EntityManager em, PosEvent e) {
        List<StaffChat> all = chats.listIn(em, e.organizationId());
        if (all.isEmpty()) {
            return;
        }
        String venue = ReportsImpl.venueName(em, e.organizationId(), e.venueId());
        boolean shiftClosed = ShiftWindow.SHIFT_CLOSED.equals(e.kind());
        String report = null;
        String alert = null;
        for (StaffChat chat : all) {
            if (shiftClosed && chat.shiftReports() && chat.follows(e.venueId())) {
                report = report != null ? report : shiftReport(em, e, venue);
                send(em, chat, "Отчёт за смену: " + venue, report, AlertKeys.shiftReport(chat.id(), e));
            } else if (chat.wants(e.kind(), e.venueId())) {
                alert = alert != null ? alert : alerts.render(e, venue);
                send(em, chat, AlertTitles.of(e.kind()), alert, AlertKeys.alert(chat.id(), e));
            }
        }
    }

    private String shiftReport(EntityManager em, PosEvent close, String venue) {
        SalesReport report = new SalesCalculator(zone).compute(em, close.organizationId(), close.venueId(), venue,
                ShiftWindow.start(em, close), close.at());
        return reports.render(report, ReportText.SHIFT_TITLE);
    }

    private void send(EntityManager em, StaffChat chat, String subject, String text, String key) {
        outbox.enqueueIn(em, chat.organizationId(), new Message(chat.channel(), chat.address(), subject, text, null,
                List.of(), key));
    }
}
