package org.w3id.sikg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

/** The article's average-lifespan observation (data/observations.csv, park-average-lifespan) as the loader maps it. */
final class ArticleFixture {

    private ArticleFixture() {
    }

    static Graph averageLifespan() {
        Graph g = GraphFactory.createGraphMem();
        RDFParser.fromString("""
                PREFIX sikg: <https://w3id.org/sikg/ontology#>
                PREFIX sikgid: <https://w3id.org/sikg/id/>
                sikgid:park-average-lifespan a sikg:Observation ;
                    sikg:indicator sikgid:indicator-average-alliance-lifespan ;
                    sikg:subject sikgid:alliances-1815-1989 ;
                    sikg:value 9.3 ;
                    sikg:unit sikgid:unit-year .
                """).lang(Lang.TURTLE).parse(g);
        return g;
    }
}
