package io.kopilka.pos.rkeeper.internal.farcards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses an untrusted request body into an {@link XmlElement} tree with the JDK's own SAX parser, hardened: secure
 * processing on, DOCTYPE refused, no external entities, DTDs, schemas or XInclude, namespaces off, and size, element,
 * depth and attribute limits. Only UTF-8 is accepted (S1: "XML must be UTF-8 only"); a UTF-8 BOM is tolerated.
 * Every failure is a {@link FarCardsProtocolException} with the matching {@link FarCardsError}.
 */
final class SafeXmlParser {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final byte[] DOCTYPE = "<!DOCTYPE".getBytes(StandardCharsets.US_ASCII);
    private static final int DECLARATION_SCAN = 256;

    private final FarCardsLimits limits;
    private final SAXParserFactory factory;

    SafeXmlParser(FarCardsLimits limits) {
        this.limits = limits;
        this.factory = hardenedFactory();
    }

    /** Parses {@code body}; returns the root element. */
    XmlElement parse(byte[] body) throws FarCardsProtocolException {
        if (body == null || body.length == 0) {
            throw new FarCardsProtocolException(FarCardsError.EMPTY_BODY, "no body");
        }
        if (body.length > limits.maxBodyBytes()) {
            throw new FarCardsProtocolException(FarCardsError.TOO_LARGE, body.length + " bytes");
        }
        checkEncoding(body);
        TreeBuilder builder = new TreeBuilder(limits);
        try {
            SAXParser parser = newParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(builder);
            reader.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            reader.setErrorHandler(builder);
            InputSource source = new InputSource(new ByteArrayInputStream(body));
            source.setEncoding("UTF-8");
            reader.parse(source);
        } catch (TreeBuilder.LimitExceeded e) {
            throw new FarCardsProtocolException(FarCardsError.TOO_COMPLEX, e.getMessage());
        } catch (SAXException | IOException e) {
            FarCardsError error = contains(body, DOCTYPE) ? FarCardsError.DOCTYPE_FORBIDDEN
                    : FarCardsError.MALFORMED_XML;
            throw new FarCardsProtocolException(error, String.valueOf(e.getMessage()), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
        return builder.root();
    }

    /** Refuses UTF-16/32 (BOM or zero bytes up front), any declared encoding but UTF-8, and invalid UTF-8. */
    private static void checkEncoding(byte[] body) throws FarCardsProtocolException {
        int b0 = body[0] & 0xFF;
        int b1 = body.length > 1 ? body[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE || b0 == 0 || b1 == 0) {
            throw new FarCardsProtocolException(FarCardsError.NOT_UTF8, "UTF-16 or UTF-32 body");
        }
        int start = b0 == 0xEF && b1 == 0xBB && body.length > 2 && (body[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(body, start, Math.min(DECLARATION_SCAN, body.length - start),
                StandardCharsets.ISO_8859_1);
        int end = head.indexOf("?>");
        Matcher matcher = ENCODING.matcher(end < 0 ? head : head.substring(0, end));
        if (head.startsWith("<?xml") && matcher.find()) {
            String declared = matcher.group(1).trim();
            if (!declared.equalsIgnoreCase("UTF-8") && !declared.equalsIgnoreCase("UTF8")) {
                throw new FarCardsProtocolException(FarCardsError.NOT_UTF8, "declared encoding " + declared);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new FarCardsProtocolException(FarCardsError.NOT_UTF8, "invalid UTF-8 bytes", e);
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** JAXP factories need not be thread-safe; parsers are made one at a time and never shared. */
    private SAXParser newParser() throws ParserConfigurationException, SAXException {
        synchronized (factory) {
            return factory.newSAXParser();
        }
    }

    private static SAXParserFactory hardenedFactory() {
        SAXParserFactory f = SAXParserFactory.newDefaultInstance();
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
        f.setXIncludeAware(false);
        f.setNamespaceAware(false);
        f.setValidating(false);
        return f;
    }
}
