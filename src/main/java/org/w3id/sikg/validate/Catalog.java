package org.w3id.sikg.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.sikg.error.ErrorCode;
import org.w3id.sikg.error.Problem;
import org.w3id.sikg.error.SikgException;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An OASIS XML catalog as Protégé writes it ({@code catalog-v001.xml}): {@code <uri name="IRI" uri="path"/>} entries
 * that map ontology IRIs to local files, with paths relative to the catalog's directory.
 *
 * <p>Usage: {@code Catalog.read(Path.of("ontology/catalog-v001.xml")).resolve(importIri)}.
 *
 * @param file the catalog file
 * @param entries import IRI to the absolute, normalised path of its local file, in catalog order
 */
public record Catalog(Path file, Map<String, Path> entries) {

    /** The file name Protégé looks for next to an ontology. */
    public static final String FILE_NAME = "catalog-v001.xml";

    private static final String CATALOG_NS = "urn:oasis:names:tc:entity:xmlns:xml:catalog";

    public Catalog {
        entries = Map.copyOf(entries);
    }

    /** Reads the catalog; fails with {@code ONTO-002} (file:line:column) if it is not well-formed XML. */
    public static Catalog read(Path catalogFile) {
        Path dir = catalogFile.toAbsolutePath().getParent();
        Map<String, Path> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(catalogFile)) {
            NodeList uris = newBuilder().parse(in).getElementsByTagNameNS(CATALOG_NS, "uri");
            for (int i = 0; i < uris.getLength(); i++) {
                Element uri = (Element) uris.item(i);
                entries.put(uri.getAttribute("name"), dir.resolve(uri.getAttribute("uri")).normalize());
            }
        } catch (SAXParseException e) {
            throw new SikgException(new Problem(ErrorCode.ONTO_SYNTAX, catalogFile.toString(), e.getLineNumber(),
                    e.getColumnNumber(), "catalog is not well-formed XML: " + e.getMessage(), null), e);
        } catch (SAXException | ParserConfigurationException e) {
            throw new SikgException(Problem.of(ErrorCode.ONTO_SYNTAX, catalogFile.toString(), 0, e.getMessage()));
        } catch (IOException e) {
            throw new SikgException(Problem.of(ErrorCode.IO_FAILURE, catalogFile.toString(), 0, e.getMessage()));
        }
        return new Catalog(catalogFile, entries);
    }

    /** The local file the catalog maps {@code iri} to, if any. */
    public Optional<Path> resolve(String iri) {
        return Optional.ofNullable(entries.get(iri));
    }

    private static DocumentBuilder newBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // A catalog never needs a DTD or external entities: refuse them (no XXE).
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder();
    }
}
