package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An immutable parsed XML element: name, attributes in document order, child elements and text. Lookups by name
 * are case-insensitive, because only the receipt XML promises a letter case (S7) and the rest of the protocol is
 * known from samples that differ (V1 {@code Root}, T4 {@code ROOT}).
 *
 * @param name the element name as written
 * @param attributes attribute name to value, in document order
 * @param children child elements in document order
 * @param text the concatenated character content directly inside this element
 */
public record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text) {

    /** Copies the collections. */
    public XmlElement {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        children = List.copyOf(children);
    }

    /** Whether this element's name equals {@code other}, ignoring case. */
    public boolean is(String other) {
        return name.equalsIgnoreCase(other);
    }

    /** The value of the first attribute named like one of {@code names} (case-insensitive), in the order given. */
    public Optional<String> attribute(String... names) {
        for (String wanted : names) {
            for (Map.Entry<String, String> entry : attributes.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(wanted)) {
                    return Optional.of(entry.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The attribute's value, or {@code ""} when it is absent. */
    public String attributeOrEmpty(String... names) {
        return attribute(names).orElse("");
    }

    /** The first direct child with this name (case-insensitive). */
    public Optional<XmlElement> child(String childName) {
        return children.stream().filter(c -> c.is(childName)).findFirst();
    }

    /** All direct children with this name (case-insensitive). */
    public List<XmlElement> childrenNamed(String childName) {
        return children.stream().filter(c -> c.is(childName)).toList();
    }

    /** The first descendant (depth first, document order, not this element) with this name. */
    public Optional<XmlElement> descendant(String descendantName) {
        for (XmlElement child : children) {
            if (child.is(descendantName)) {
                return Optional.of(child);
            }
            Optional<XmlElement> deeper = child.descendant(descendantName);
            if (deeper.isPresent()) {
                return deeper;
            }
        }
        return Optional.empty();
    }

    /**
     * Descendants (and possibly this element) matching {@code filter}, in document order, without entering
     * elements for which {@code skip} holds.
     */
    public List<XmlElement> collect(Predicate<XmlElement> filter, Predicate<XmlElement> skip) {
        List<XmlElement> found = new ArrayList<>();
        collectInto(filter, skip, found);
        return found;
    }

    private void collectInto(Predicate<XmlElement> filter, Predicate<XmlElement> skip, List<XmlElement> found) {
        if (skip.test(this)) {
            return;
        }
        if (filter.test(this)) {
            found.add(this);
        }
        for (XmlElement child : children) {
            child.collectInto(filter, skip, found);
        }
    }
}
