package io.kopilka.pos.rkeeper.internal.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a parsed notification: its local name, its attributes (looked up ignoring case, because r_keeper
 * mixes {@code RestCode} and {@code seqnumber}) and its child elements. Text content is not kept.
 */
record XmlNode(String name, Map<String, String> attributes, List<XmlNode> children) {

    XmlNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    /** The attribute's value, or {@code null}; attribute names are stored lower-cased. */
    String attr(String attribute) {
        return attributes.get(lower(attribute));
    }

    /** Whether this element has the given name, ignoring case. */
    boolean is(String elementName) {
        return name.equalsIgnoreCase(elementName);
    }

    /** The first child element with the given name, ignoring case. */
    Optional<XmlNode> child(String elementName) {
        return children.stream().filter(c -> c.is(elementName)).findFirst();
    }

    /** The child elements with the given name, ignoring case, in document order. */
    List<XmlNode> children(String elementName) {
        return children.stream().filter(c -> c.is(elementName)).toList();
    }

    /** Every element below this one with the given name, ignoring case, depth first in document order. */
    List<XmlNode> descendants(String elementName) {
        List<XmlNode> found = new ArrayList<>();
        collect(elementName, found);
        return found;
    }

    private void collect(String elementName, List<XmlNode> found) {
        for (XmlNode child : children) {
            if (child.is(elementName)) {
                found.add(child);
            }
            child.collect(elementName, found);
        }
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
