package io.kopilka.core.internal.pos;

import java.util.List;

import javax.persistence.EntityManager;

import io.kopilka.api.NotFoundException;
import io.kopilka.api.pos.PosDirectory;
import io.kopilka.api.processing.PosContext;
import io.kopilka.core.internal.db.Database;
import io.kopilka.core.internal.org.TerminalEntity;
import io.kopilka.core.internal.org.VenueEntity;
import io.kopilka.core.internal.security.AuditWriter;
import io.kopilka.core.internal.text.Texts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Finds the venue and terminal of a POS call by the POS's codes; adds a station the venue does not know yet. */
@Component(service = PosDirectory.class)
public class PosDirectoryImpl implements PosDirectory {

    private final Database db;

    @Activate
    public PosDirectoryImpl(@Reference Database db) {
        this.db = db;
    }

    @Override
    public PosContext resolve(long organizationId, String vendor, String venueCode, String terminalCode,
            String author) {
        String venue = Texts.required(venueCode, "venueCode", 64);
        String station = Texts.required(terminalCode, "terminalCode", 64);
        return db.tx(em -> {
            VenueEntity v = em.createQuery("SELECT v FROM VenueEntity v WHERE v.organizationId = :o AND v.code = :c",
                    VenueEntity.class).setParameter("o", organizationId).setParameter("c", venue).getResultList()
                    .stream().findFirst().orElseThrow(() -> new NotFoundException("venueCode",
                            "no venue with code " + venue + " in this organization"));
            TerminalEntity t = terminal(em, v, station, vendor);
            return new PosContext(organizationId, v.id, t.id,
                    author != null ? author : vendor + ":" + venue + "/" + station);
        });
    }

    private static TerminalEntity terminal(EntityManager em, VenueEntity venue, String code, String vendor) {
        List<TerminalEntity> found = em.createQuery("SELECT t FROM TerminalEntity t WHERE t.venueId = :v "
                + "AND t.code = :c", TerminalEntity.class).setParameter("v", venue.id).setParameter("c", code)
                .getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        TerminalEntity t = new TerminalEntity();
        t.venueId = venue.id;
        t.code = code;
        t.name = vendor + " station " + code;
        em.persist(t);
        em.flush();
        AuditWriter.write(em, venue.organizationId, "pos:" + vendor, "pos.terminal-added", "terminal:" + t.id,
                "venue " + venue.code + " station " + code);
        return t;
    }
}
