package org.w3id.sikg.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.sikg.error.ErrorCode;
import org.xml.sax.SAXException;

/**
 * The OASIS XML catalog {@code ontology/catalog-v001.xml} (as written by Protégé): maps the IRIs named by
 * {@code owl:imports} to local files, so loading never needs the network. Only {@code <uri name=".." uri=".."/>}
 * entries are read; their {@code uri} is relative to the catalog's directory.
 */
final class Catalog {

    static final String FILE = "catalog-v001.xml";

    private final Map<String, Path> entries;

    private Catalog(Map<String, Path> entries) {
        this.entries = entries;
    }

    /** The catalog of the ontology directory; empty when it has none or it is unreadable (reported). */
    static Catalog read(Path ontologyDir, Problems problems) {
        Path file = ontologyDir.resolve(FILE);
        Map<String, Path> entries = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new Catalog(entries);
        }
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setNamespaceAware(true);
            NodeList uris = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "uri");
            for (int i = 0; i < uris.getLength(); i++) {
                Element e = (Element) uris.item(i);
                entries.put(e.getAttribute("name"), ontologyDir.resolve(e.getAttribute("uri")).normalize());
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            problems.error(ErrorCode.ONTO_SYNTAX, Sources.display(file), 0, 0,
                    "cannot read the catalog: " + e.getMessage(), "fix the XML of the catalog");
        }
        return new Catalog(entries);
    }

    Optional<Path> resolve(String iri) {
        return Optional.ofNullable(entries.get(iri));
    }
}
