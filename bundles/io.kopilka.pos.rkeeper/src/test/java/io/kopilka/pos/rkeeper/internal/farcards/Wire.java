package io.kopilka.pos.rkeeper.internal.farcards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test helpers: building requests, reading answers and resources. */
final class Wire {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";

    private Wire() {
    }

    static FarCardsRequest post(String function, String body) {
        return post(function, body.getBytes(StandardCharsets.UTF_8));
    }

    static FarCardsRequest post(String function, byte[] body) {
        return FarCardsRequest.of(function, Map.of(), body);
    }

    static String text(FarCardsResponse response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The answer parsed with the same hardened parser, root {@code Root}. */
    static XmlElement answer(FarCardsResponse response) {
        try {
            return new SafeXmlParser(FarCardsLimits.DEFAULT).parse(response.body());
        } catch (FarCardsProtocolException e) {
            throw new AssertionError("answer is not XML: " + text(response), e);
        }
    }

    /** The function element of an answer: {@code Root}'s only child. */
    static XmlElement element(FarCardsResponse response) {
        XmlElement root = answer(response);
        if (!root.name().equals("Root") || root.children().size() != 1) {
            throw new AssertionError("not <Root> with one child: " + text(response));
        }
        return root.children().get(0);
    }

    static byte[] resource(String name) {
        try (InputStream in = Wire.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }
}
