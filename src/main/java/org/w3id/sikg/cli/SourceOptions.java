package org.w3id.sikg.cli;

import java.nio.file.Path;

import org.w3id.sikg.load.Sources;

import picocli.CommandLine.Option;

/** The {@code --ontology} and {@code --data} options shared by the commands that read the sources. */
final class SourceOptions {

    @Option(names = "--ontology", paramLabel = "DIR",
            description = "Ontology directory (sikg.ttl, shapes.ttl, catalog-v001.xml). Default: ./ontology when it "
                    + "exists, else the copy embedded in the jar.")
    Path ontology;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory (<table>.csv, <table>.csv-metadata.json, mapping/<table>.rq). Default: "
                    + "./data when it exists, else the copy embedded in the jar.")
    Path data;

    Sources sources() {
        return Sources.resolve(ontology, data);
    }
}
