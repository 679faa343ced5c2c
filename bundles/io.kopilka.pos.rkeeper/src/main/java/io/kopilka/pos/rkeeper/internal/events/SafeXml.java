package io.kopilka.pos.rkeeper.internal.events;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a body into an {@link XmlNode} tree with the JDK's own StAX parser, refusing any DOCTYPE (so no DTD, no
 * external entity and no entity expansion is ever processed) and enforcing the size, depth and element limits. The
 * bytes are decoded strictly first (UTF-8 unless a BOM or the XML declaration says otherwise), so an encoding error is
 * a clean refusal and the JDK parser never prints to stderr.
 */
final class SafeXml {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)");

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
            reader = factory.createXMLStreamReader(new StringReader(decode(body)));
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

    /** The body as text: a UTF-16 BOM, else the declared encoding, else UTF-8; malformed bytes are refused. */
    static String decode(byte[] body) throws XmlRejected {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (body.length >= 2 && (body[0] == (byte) 0xFE && body[1] == (byte) 0xFF
                || body[0] == (byte) 0xFF && body[1] == (byte) 0xFE)) {
            charset = StandardCharsets.UTF_16;
        } else {
            boolean bom = body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB
                    && body[2] == (byte) 0xBF;
            skip = bom ? 3 : 0;
            String head = new String(body, skip, Math.min(200, body.length - skip), StandardCharsets.ISO_8859_1);
            Matcher declared = DECLARED.matcher(head);
            charset = declared.find() ? charset(declared.group(1)) : charset;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body, skip, body.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw new XmlRejected(ParseError.MALFORMED, "not valid " + charset.name());
        }
    }

    private static Charset charset(String name) throws XmlRejected {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new XmlRejected(ParseError.MALFORMED, "unknown encoding " + name);
        }
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
        factory.setXMLReporter((message, type, info, location) -> {
            // problems surface as exceptions; nothing is printed
        });
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
