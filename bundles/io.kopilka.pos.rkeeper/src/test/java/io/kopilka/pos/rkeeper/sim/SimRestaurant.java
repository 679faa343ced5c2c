package io.kopilka.pos.rkeeper.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A simulated r_keeper cash server with one station, writing HTTPOrderNotify bodies. The envelope is the official one
 * (S11): {@code <a RestCode DateTime Situation seqnumber guid name ShiftNum ShiftDate>}, the server start with
 * {@code <Server id/>}, a station start with full {@code <Station/>} and {@code <Server/>}, then {@code <Item/>}.
 * {@code seqnumber} counts from 1 after each (re)start, as both official examples show 1. Each message is 30 s after
 * the previous one. Order messages follow the third-party shape (see {@link SimOrder}); for Situation 5 no readable
 * source gives the {@code name}, so none is sent.
 */
public final class SimRestaurant {

    private static final Duration STEP = Duration.ofSeconds(30);

    private final String restCode;
    private final String guid;
    private long seq;
    private long shiftNum;
    private LocalDate shiftDate;
    private LocalDateTime now;

    public SimRestaurant(String restCode, String guid, long shiftNum, LocalDate shiftDate, LocalDateTime start) {
        this.restCode = restCode;
        this.guid = guid;
        this.shiftNum = shiftNum;
        this.shiftDate = shiftDate;
        this.now = start.minus(STEP);
    }

    public String restCode() {
        return restCode;
    }

    /** The cash server started (again): Situation 1 with only the server id; seqnumber starts over. */
    public byte[] serverStarted() {
        seq = 0;
        StringBuilder xml = envelope(1, "Started");
        xml.append("<Server id=\"15002\"/>\n<Item/>\n</a>\n");
        return bytes(xml);
    }

    /** The station's cash program started: Situation 1 with the station and the full server. */
    public byte[] stationStarted() {
        StringBuilder xml = envelope(1, "Started");
        xml.append("<Station id=\"15003\" code=\"1\" name=\"MM_CASH\" NetName=\"MM_CASH_169058\"/>\n");
        xml.append("<Server id=\"15002\" code=\"15002\" name=\"MM_MID\" NetName=\"MM_MID\"/>\n<Item/>\n</a>\n");
        return bytes(xml);
    }

    /** An order notification; {@code name} may be {@code null}. */
    public byte[] order(int situation, String name, SimOrder order) {
        StringBuilder xml = envelope(situation, name);
        order.write(xml);
        xml.append("<Item/>\n</a>\n");
        return bytes(xml);
    }

    /** The manager closed the common shift: the next messages carry the next ShiftNum. */
    public void closeShift(LocalDate nextShiftDate, LocalDateTime nextMorning) {
        shiftNum++;
        shiftDate = nextShiftDate;
        now = nextMorning.minus(STEP);
    }

    /** Time passes with nothing sent (the cash server is down, or it is quiet). */
    public void idle(Duration duration) {
        now = now.plus(duration);
    }

    private StringBuilder envelope(int situation, String name) {
        now = now.plus(STEP);
        seq++;
        StringBuilder xml = new StringBuilder(XmlText.DECLARATION).append("<a");
        XmlText.attr(xml, "RestCode", restCode);
        XmlText.attr(xml, "DateTime", now);
        XmlText.attr(xml, "Situation", situation);
        XmlText.attr(xml, "seqnumber", seq);
        XmlText.attr(xml, "guid", guid);
        XmlText.attr(xml, "name", name);
        XmlText.attr(xml, "ShiftNum", shiftNum);
        XmlText.attr(xml, "ShiftDate", shiftDate.atStartOfDay());
        return xml.append(">\n");
    }

    private static byte[] bytes(StringBuilder xml) {
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }
}
