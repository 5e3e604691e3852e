package org.w3id.sikg.web;

import java.util.List;

/**
 * The model of the ontology documentation ({@code /ontology}), generated from the ontology graph.
 *
 * @param iri the ontology's IRI
 * @param title its title
 * @param description its description, or null
 * @param header the ontology's other annotations (version, licence, creators ...)
 * @param classTree the class hierarchy of SIKG's own classes
 * @param classes SIKG's classes
 * @param objectProperties SIKG's object properties
 * @param datatypeProperties SIKG's datatype properties
 * @param annotationProperties SIKG's annotation properties
 */
public record OntologyPage(String iri, String title, String description, List<DocRow> header,
        List<TreeNode> classTree, List<TermDoc> classes, List<TermDoc> objectProperties,
        List<TermDoc> datatypeProperties, List<TermDoc> annotationProperties) {

    public int classCount() {
        return classes.size();
    }

    public int objectPropertyCount() {
        return objectProperties.size();
    }

    public int datatypePropertyCount() {
        return datatypeProperties.size();
    }

    public int annotationPropertyCount() {
        return annotationProperties.size();
    }

    /**
     * One documented term.
     *
     * @param anchor its fragment on the page, the IRI's local name (so {@code sikg:State} is {@code /ontology#State})
     * @param iri its IRI
     * @param label its English label
     * @param definitions its skos:definitions
     * @param rows everything else known about it, one row per kind of fact (only non-empty rows)
     */
    public record TermDoc(String anchor, String iri, String label, List<String> definitions, List<DocRow> rows) {
    }

    /**
     * @param name what the row says, e.g. "subclass of"
     * @param values the terms or texts
     */
    public record DocRow(String name, List<TermView> values) {
    }

    /**
     * @param term the class
     * @param children its direct subclasses
     */
    public record TreeNode(TermView term, List<TreeNode> children) {

        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }
}
