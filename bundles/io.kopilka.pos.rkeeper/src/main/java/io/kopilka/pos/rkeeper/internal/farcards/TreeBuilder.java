package io.kopilka.pos.rkeeper.internal.farcards;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler that builds the {@link XmlElement} tree and stops the parse as soon as a {@link FarCardsLimits} bound
 * is crossed, so an oversized tree is never held in memory. Warnings are ignored; errors are fatal.
 */
final class TreeBuilder extends DefaultHandler {

    /** Signals a crossed limit through the SAX parser. */
    static final class LimitExceeded extends SAXException {

        private static final long serialVersionUID = 1L;

        LimitExceeded(String message) {
            super(message);
        }
    }

    /** An element under construction. */
    private static final class Open {
        final String name;
        final Map<String, String> attributes;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Open(String name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }

    private final FarCardsLimits limits;
    private final Deque<Open> stack = new ArrayDeque<>();
    private int elements;
    private XmlElement root;

    TreeBuilder(FarCardsLimits limits) {
        this.limits = limits;
    }

    XmlElement root() {
        return root;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) throws SAXException {
        if (++elements > limits.maxElements()) {
            throw new LimitExceeded("more than " + limits.maxElements() + " elements");
        }
        if (stack.size() >= limits.maxDepth()) {
            throw new LimitExceeded("nested deeper than " + limits.maxDepth());
        }
        if (attrs.getLength() > limits.maxAttributes()) {
            throw new LimitExceeded("more than " + limits.maxAttributes() + " attributes on " + qName);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            attributes.put(attrs.getQName(i), attrs.getValue(i));
        }
        stack.push(new Open(qName, attributes));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        Open open = stack.pop();
        XmlElement element = new XmlElement(open.name, open.attributes, open.children, open.text.toString());
        if (stack.isEmpty()) {
            root = element;
        } else {
            stack.peek().children.add(element);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!stack.isEmpty()) {
            stack.peek().text.append(ch, start, length);
        }
    }

    @Override
    public void error(SAXParseException e) throws SAXException {
        throw e;
    }
}
