package org.w3id.sikg.web;

/**
 * What the page layout shows on every page.
 *
 * @param sparqlPath the SPARQL endpoint, linked from the navigation
 * @param version the SIKG version, shown in the footer
 */
public record Chrome(String sparqlPath, String version) {
}
