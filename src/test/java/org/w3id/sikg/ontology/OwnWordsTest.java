package org.w3id.sikg.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Facts in our own words: no run of {@value #RUN} consecutive words of the source article appears in data/,
 * ontology/, queries/, docs/ or README.md. Words are compared case-insensitively, ignoring punctuation, so a copied
 * sentence is found however it is quoted or wrapped. Uses the article in {@code ../shared/seed/} when present (it is
 * not part of the repository) and is skipped, saying so, when it is absent.
 */
class OwnWordsTest {

    static final int RUN = 10;
    private static final Path SEED = Path.of("..", "shared", "seed");
    private static final Pattern WORD = Pattern.compile("[a-z0-9]+(?:'[a-z]+)?");
    private static final List<Path> CHECKED = List.of(Path.of("data"), Path.of("ontology"), Path.of("queries"),
            Path.of("docs"), Path.of("README.md"), Path.of("src"));

    static List<String> words(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(normal);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Every run of {@code n} consecutive words of {@code text} that is also a run of {@code source}. */
    static List<String> sharedRuns(List<String> source, List<String> text, int n) {
        return sharedRuns(runs(source, n), text, n);
    }

    /** Every run of {@code n} consecutive words of {@code source}. */
    static Set<List<String>> runs(List<String> source, int n) {
        Set<List<String>> runs = new HashSet<>();
        for (int i = 0; i + n <= source.size(); i++) {
            runs.add(List.copyOf(source.subList(i, i + n)));
        }
        return runs;
    }

    /** Every run of {@code n} consecutive words of {@code text} that is one of {@code runs}. */
    static List<String> sharedRuns(Set<List<String>> runs, List<String> text, int n) {
        List<String> shared = new ArrayList<>();
        for (int i = 0; i + n <= text.size(); i++) {
            if (runs.contains(text.subList(i, i + n))) {
                shared.add(String.join(" ", text.subList(i, i + n)));
                i += n - 1;
            }
        }
        return shared;
    }

    @Test
    void aCopiedRunIsFoundAcrossCaseLineBreaksAndPunctuationAndAShorterOneIsNot() {
        List<String> source = words("The alliance, as scholars note, has outlived the threat that created it long ago.");
        assertThat(sharedRuns(source, words("# THE ALLIANCE as scholars\n#  note has outlived the threat that created"),
                RUN)).containsExactly("the alliance as scholars note has outlived the threat that");
        assertThat(sharedRuns(source, words("the alliance as scholars note has outlived the danger"), RUN)).isEmpty();
    }

    @Test
    void noTenWordRunOfTheArticleIsInTheProjectsFiles() throws IOException {
        assumeTrue(Files.isDirectory(SEED), "the source article is not at " + SEED + " (outside the repository)");
        List<String> article = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEED)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                article.addAll(words(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        assertThat(article).as("words of the article").hasSizeGreaterThan(1000);
        Set<List<String>> articleRuns = runs(article, RUN);
        List<String> hits = new ArrayList<>();
        int checked = 0;
        for (Path root : CHECKED) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String text;
                    try {
                        text = Files.readString(file, StandardCharsets.UTF_8);
                    } catch (CharacterCodingException binary) {
                        continue;
                    }
                    checked++;
                    for (String run : sharedRuns(articleRuns, words(text), RUN)) {
                        hits.add(file + ": " + run);
                    }
                }
            }
        }
        assertThat(checked).as("files checked").isGreaterThan(100);
        assertThat(hits).as("runs of " + RUN + " words copied from the article; reword them").isEmpty();
    }
}
