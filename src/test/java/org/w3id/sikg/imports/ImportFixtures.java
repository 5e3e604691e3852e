package org.w3id.sikg.imports;

import java.nio.file.Path;
import java.util.Optional;

import org.w3id.sikg.testing.Fixtures;

/**
 * The small dataset files the import tests use (src/test/resources/imports/): written for the tests in the formats of
 * COW v4.1 and ATOP v4.01 (the real headers; a few rows restating public treaty dates, the rest invented), never the
 * real files.
 */
final class ImportFixtures {

    private ImportFixtures() {
    }

    static Path cowMembers() {
        return Fixtures.resource("imports/cow/alliance_v4.1_by_member.csv");
    }

    static Path states() {
        return Fixtures.resource("imports/cow/states2016.csv");
    }

    static Path atopAlliances() {
        return Fixtures.resource("imports/atop/atop-alliance-level.csv");
    }

    static Path atopMembers() {
        return Fixtures.resource("imports/atop/atop-member-level.csv");
    }

    static Path negative(String name) {
        return Fixtures.resource("imports/negative/" + name);
    }

    static ImportResult cow() {
        return CowImport.read(cowMembers(), Optional.of(states()), Optional.empty());
    }

    static ImportResult atop() {
        return AtopImport.read(atopAlliances(), atopMembers(), Optional.of(states()), Optional.empty());
    }
}
