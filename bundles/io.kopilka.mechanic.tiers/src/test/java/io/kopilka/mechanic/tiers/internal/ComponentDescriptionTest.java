package io.kopilka.mechanic.tiers.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads the DS description bnd generated, as Karaf's SCR will: the service and the property consumers filter on. */
class ComponentDescriptionTest {

    @Test
    void registeredAsTheTiersMechanic() throws Exception {
        String path = "OSGI-INF/" + TiersMechanic.class.getName() + ".xml";
        Document xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path + " was not generated");
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            xml = factory.newDocumentBuilder().parse(in);
        }
        Element provide = (Element) xml.getElementsByTagName("provide").item(0);
        assertEquals("io.kopilka.api.mechanic.Mechanic", provide.getAttribute("interface"));
        Element property = (Element) xml.getElementsByTagName("property").item(0);
        assertEquals("kopilka.mechanic", property.getAttribute("name"));
        assertEquals("tiers", property.getAttribute("value"));
    }
}
