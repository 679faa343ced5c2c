package io.kopilka.pos.rkeeper.internal.events;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a body into an {@link XmlNode} tree with the JDK's own StAX parser, refusing any DOCTYPE (so no DTD, no
 * external entity and no entity expansion is ever processed) and enforcing the size, depth and element limits.
 */
final class SafeXml {

    private final ParserLimits limits;
    private final XMLInputFactory factory;

    SafeXml(ParserLimits limits) {
        this.limits = limits;
        this.factory = secureFactory();
    }

    XmlNode read(byte[] body) throws XmlRejected {
        if (body == null || body.length == 0) {
            throw new XmlRejected(ParseError.EMPTY, "empty body");
        }
        if (body.length > limits.maxBytes()) {
            throw new XmlRejected(ParseError.TOO_LARGE, body.length + " bytes > " + limits.maxBytes());
        }
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
            return readDocument(reader);
        } catch (XMLStreamException | RuntimeException e) {
            throw new XmlRejected(ParseError.MALFORMED, summary(e.getMessage()));
        } finally {
            close(reader);
        }
    }

    private XmlNode readDocument(XMLStreamReader reader) throws XMLStreamException, XmlRejected {
        Deque<Open> open = new ArrayDeque<>();
        XmlNode root = null;
        int elements = 0;
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XmlRejected(ParseError.DOCTYPE_FORBIDDEN, "DOCTYPE declarations are not accepted");
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XmlRejected(ParseError.ENTITY_FORBIDDEN, "entity &" + reader.getLocalName() + ";");
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                if (++elements > limits.maxElements()) {
                    throw new XmlRejected(ParseError.TOO_MANY_ELEMENTS, "more than " + limits.maxElements());
                }
                if (open.size() >= limits.maxDepth()) {
                    throw new XmlRejected(ParseError.TOO_DEEP, "deeper than " + limits.maxDepth());
                }
                open.push(new Open(reader.getLocalName(), attributes(reader)));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                XmlNode node = open.pop().close();
                if (open.isEmpty()) {
                    root = node;
                } else {
                    open.peek().children.add(node);
                }
            }
        }
        if (root == null) {
            throw new XmlRejected(ParseError.MALFORMED, "no root element");
        }
        return root;
    }

    private static Map<String, String> attributes(XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.putIfAbsent(XmlNode.lower(reader.getAttributeLocalName(i)), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resources are not resolved: " + systemId);
        });
        return factory;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing is held open: the input is a byte array
            }
        }
    }

    private static String summary(String message) {
        if (message == null) {
            return "not well-formed";
        }
        String line = message.strip().lines().reduce((a, b) -> b).orElse(message);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** An element whose end tag has not been read yet. */
    private static final class Open {
        private final String name;
        private final Map<String, String> attributes;
        private final List<XmlNode> children = new ArrayList<>();

        Open(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }

        XmlNode close() {
            return new XmlNode(name, attributes, children);
        }
    }
}
