package io.kopilka.pos.rkeeper.internal.events;

/**
 * A reference to an r_keeper object as notifications carry it: a cash server, a station, a table or an employee.
 * The attributes are the official ones of {@code <Server>} and {@code <Station>} (S11); any may be {@code null}.
 *
 * @param id the r_keeper object id
 * @param code the object's code (a station's number, an employee's code)
 * @param name the display name
 * @param netName the network name (servers and stations only)
 */
public record Ref(String id, String code, String name, String netName) {

    static Ref of(XmlNode node) {
        return new Ref(Values.text(node.attr("id")), Values.text(node.attr("code")), Values.text(node.attr("name")),
                Values.text(node.attr("NetName")));
    }

    /** The code if known, else the id, else the name; what events and state are keyed by. */
    public String key() {
        if (code != null) {
            return code;
        }
        return id != null ? id : String.valueOf(name);
    }
}
