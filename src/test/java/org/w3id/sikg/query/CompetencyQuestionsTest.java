package org.w3id.sikg.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The 20 competency questions of {@code queries/cq/}, each asserting the exact answers we read in the source article
 * (the section is cited at each test). Answers are the first column of each query, the English label of the answer;
 * further columns are checked where they carry the answer (ranks, dates, amounts, roles). Questions that rely on
 * reasoning also show that the asserted-only view gives fewer answers.
 *
 * <p>Runs over a TDB2 store built from the project's {@code ontology/} and {@code data/} with reasoning, exactly as
 * {@code sikg load} builds it (see {@link CqStore}).
 */
class CompetencyQuestionsTest {

    private static List<String> all(String cq) {
        return CqStore.firstColumn(cq, KgView.ALL);
    }

    private static List<String> asserted(String cq) {
        return CqStore.firstColumn(cq, KgView.ASSERTED);
    }

    private static List<List<String>> rows(String cq) {
        return CqStore.rows(cq, KgView.ALL);
    }

    @Test
    void cq01SpokesOfTheUsHubAndSpokesSystem() {
        // §2.1: Japan, South Korea, the Philippines, Taiwan, Thailand and Australia are the spokes, the US the hub.
        assertThat(all("cq01")).containsExactly("Australia", "Japan", "Philippines", "South Korea", "Taiwan",
                "Thailand");
    }

    @Test
    void cq02AlliesOfTheUnitedStatesInAsiaFollowByReasoning() {
        // §2.1, §3.3: each spoke is allied with the hub; nothing states alliedWith, so the asserted view has none.
        assertThat(all("cq02")).containsExactly("Australia", "Japan", "Philippines", "South Korea", "Taiwan",
                "Thailand");
        assertThat(asserted("cq02")).isEmpty();
    }

    @Test
    void cq03WhatPatronAndClientsProvide() {
        // §2.3, §5: the patron gives security protection, open markets, arms, military training, economic aid,
        // at times troops, and working political relations; the clients give logistical, economic and diplomatic
        // support, affiliate with the patron, and export goods to it (the patron "imports goods").
        // §2.4, §4.1: in the Japan-US instance the US provides armed forces (and extended deterrence, §2.1), Japan
        // facilities and bases, and host-nation support; military cooperation is what Japan secured in return.
        List<List<String>> rows = rows("cq03");
        assertThat(rows).filteredOn(r -> r.get(1).equals("patron")).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("security protection", "open markets", "arms", "military training",
                        "economic aid", "troops", "working political relations", "Armed forces for the ally's defence",
                        "extended nuclear deterrence", "Military cooperation");
        assertThat(rows).filteredOn(r -> r.get(1).equals("client")).extracting(r -> r.get(0))
                .containsExactlyInAnyOrder("logistical support", "economic support", "diplomatic support",
                        "political affiliation", "Goods (exports to the patron)", "facilities and bases",
                        "host-nation support");
        assertThat(rows).filteredOn(r -> r.get(0).equals("facilities and bases")).extracting(r -> r.get(2))
                .containsExactly("Japan");
    }

    @Test
    void cq04ConstraintsDerivedFromArticle9() {
        // §2.4: no collective self-defence and exclusively defensive defence since the 1950s; no overseas operations
        // of the Self-Defense Forces (undated). §4.1: Three Non-Nuclear Principles and an arms-export ban in 1967,
        // a second ban and the 1 % of GNP ceiling in 1976.
        List<List<String>> rows = rows("cq04");
        assertThat(rows).extracting(r -> r.get(0) + " | " + year(r.get(2)) + " | " + r.get(3)).containsExactly(
                "No overseas military operations by the Self-Defense Forces |  | ",
                "Military force only for the defence of Japanese territory (exclusively defensive defence) | 1950 | decade",
                "No exercise of the right of collective self-defence | 1950 | decade",
                "Ban on exports of arms and military technology (1967) | 1967 | year",
                "Three Non-Nuclear Principles (1967) | 1967 | year",
                "Ban on exports of arms and military technology (1976) | 1976 | year",
                "Ceiling of 1 per cent of GNP on defence spending (1976) | 1976 | year");
    }

    @Test
    void cq05PartiesWithNoDutyToDefendTheirAlly() {
        // §2.4: Japan need not defend the US when a third party attacks the US.
        assertThat(rows("cq05")).containsExactly(List.of("Japan", "United States", "Japan-US alliance",
                "Treaty of Mutual Cooperation and Security between Japan and the United States (1960)",
                "The United States is attacked by a third party"));
    }

    @Test
    void cq06DocumentsThatRedefinedTheAllianceInOrder() {
        // §4.4: Higuchi Report (August 1994), Nye Initiative (February 1995), the 1995 defence outline (day from
        // the Cabinet decision, external), Joint Declaration (April 1996), 1997 Guidelines.
        assertThat(all("cq06")).containsExactly("Higuchi Report (1994)",
                "Nye Initiative (East Asia Strategy Report, 1995)", "National Defense Program Guidelines (1995)",
                "Japan-US Joint Declaration on Security (1996)", "Guidelines for Japan-US Defense Cooperation (1997)");
        assertThat(rows("cq06")).extracting(r -> r.get(1).substring(0, 7))
                .containsExactly("1994-08", "1995-02", "1995-11", "1996-04", "1997-01");
    }

    @Test
    void cq07InstitutionsChinaLaunched() {
        // §3.2: three initiatives: the SCO, the ASEAN-China FTA and, later, the AIIB.
        assertThat(all("cq07")).containsExactly("ASEAN-China Free Trade Area", "Asian Infrastructure Investment Bank",
                "Shanghai Cooperation Organisation");
        assertThat(rows("cq07")).allSatisfy(r -> assertThat(r.get(1)).contains("US"));
    }

    @Test
    void cq08InstitutionsAseanHelpedForm() {
        // §3.1: ASEAN helped form the ARF and APEC.
        assertThat(rows("cq08")).containsExactly(List.of("ASEAN Regional Forum", "security institution"),
                List.of("Asia-Pacific Economic Cooperation", "economic institution"));
    }

    @Test
    void cq09TopMilitarySpendersByRank() {
        // §1.1 (SIPRI 2018:156): US 1st, China 2nd, Russia 3rd, Japan 8th, South Korea 10th, Australia 13th.
        assertThat(rows("cq09")).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("United States 1",
                "People's Republic of China 2", "Russia 3", "Japan 8", "South Korea 10", "Australia 13");
    }

    @Test
    void cq10DominantPowersOfTheTwoHierarchies() {
        // §3.5: the US dominates the security hierarchy, China the economic one.
        assertThat(rows("cq10")).containsExactly(List.of("People's Republic of China", "Economic hierarchy in Asia"),
                List.of("United States", "Security hierarchy in Asia"));
        assertThat(asserted("cq10")).hasSizeLessThan(2);
    }

    @Test
    void cq11LargestContributorsToGulfWarCosts() {
        // §4.1: Japan paid $13 billion, about 20 %, third after Saudi Arabia and Kuwait.
        assertThat(all("cq11")).containsExactly("Saudi Arabia", "Kuwait", "Japan");
        assertThat(rows("cq11").get(2)).containsExactly("Japan", "3", "13000000000.0", "20.0");
    }

    @Test
    void cq12CambodiasDonorsAndPeaceBuilders() {
        // §3.5: China became the largest donor (Saudi Arabia second); Japan and France supported peace-building
        // after UNTAC withdrew.
        assertThat(rows("cq12")).containsExactly(
                List.of("People's Republic of China", "donor of economic and military aid, rank 1"),
                List.of("Saudi Arabia", "donor of economic and military aid, rank 2"),
                List.of("France", "supporter of peace-building after UNTAC"),
                List.of("Japan", "supporter of peace-building after UNTAC"));
    }

    @Test
    void cq13HostNationSupport() {
        // §4.1: ¥189.9 billion ($1.7 billion) in fiscal 2015; §4.2: $2 billion in 2018.
        assertThat(rows("cq13")).extracting(r -> r.get(1) + " " + r.get(2) + " " + r.get(3)).containsExactly(
                "189900000000.0 JPY 2015", "1700000000.0 USD 2015", "2000000000.0 USD 2018");
    }

    @Test
    void cq14AlliancesLongerThanTheAverageLifespan() {
        // §4.1: Park's average is 9.3 years; the Japan-US and US-ROK alliances have lasted almost seven decades.
        // With the start (and end, or in-force) dates of data/alliance-periods.csv (COW v4.1, external): NATO
        // (1949-), the Philippines (1951-), Australia (1951-), Thailand (1954-1977 in COW), Taiwan (1954-1980).
        assertThat(all("cq14")).containsExactly("North Atlantic Treaty Organization", "Philippines-US alliance",
                "Australia-US alliance", "Japan-US alliance", "South Korea-US alliance", "Thailand-US alliance",
                "Taiwan-US alliance");
        assertThat(asserted("cq14")).isEmpty();
    }

    @Test
    void cq15OpponentsAndCriticsOfMultilateralInitiatives() {
        // §2.1 the US opposed an "Asian Helsinki"; §3.1 China opposed institutionalising security; §3.3 Baker
        // criticised regional security dialogues (November 1990); §4.4 the US government opposed the Higuchi Report.
        assertThat(rows("cq15")).extracting(r -> r.get(0) + " / " + r.get(1) + " / " + r.get(2)).containsExactly(
                "Government of the United States / Higuchi Report (1994) / opposed",
                "James Baker / Regional security dialogues replacing the hub-and-spokes system / criticised",
                "People's Republic of China / A multilateral regional security institution in Asia / opposed",
                "United States / \"Asian Helsinki\" / opposed");
        assertThat(asserted("cq15")).hasSizeLessThan(4);
    }

    @Test
    void cq16JapansFearsAndTheirCrises() {
        // §4.3: entrapment since the North Korean crises (1993, 1994) and the Taiwan Strait crisis; abandonment in
        // the 1993 and 1994 North Korean crises and with China's rise; doubts about US capability (Hughes 2014:378).
        assertThat(rows("cq16")).extracting(r -> r.get(0) + " / " + r.get(1)).containsExactly(
                "fear of abandonment / China's military modernisation",
                "fear of abandonment / North Korean crisis of 1993",
                "fear of abandonment / North Korean crisis of 1994",
                "fear of abandonment / Rise of China",
                "fear of entrapment / North Korean crisis of 1993",
                "fear of entrapment / North Korean crisis of 1994",
                "fear of entrapment / Taiwan Strait crisis of the mid-1990s");
        assertThat(asserted("cq16")).isEmpty();
    }

    @Test
    void cq17PeopleAndTheirRoles() {
        // §2.2 Buzan; §3.1 Gorbachev; §3.3 Baker (Secretary of State); §3.5 Hun Sen (Prime Minister); §4.1 Park;
        // §4.2 Stackpole (Commander of US Marines in Okinawa); §4.3 Hughes; §4.4 Nye (Assistant Secretary of State,
        // as the article names the post), Hashimoto (Prime Minister), Clinton (President); §5 Trump.
        assertThat(all("cq17").stream().distinct().toList()).containsExactly("Barry Buzan", "Bill Clinton",
                "Donald Trump", "Henry Stackpole", "Hughes", "Hun Sen", "Jae Jeok Park", "James Baker", "Joseph Nye",
                "Mikhail Gorbachev", "Ryutaro Hashimoto");
        assertThat(rows("cq17")).extracting(r -> r.get(0) + " / " + r.get(1)).contains(
                "James Baker / Secretary of State", "Joseph Nye / Assistant Secretary of State",
                "Henry Stackpole / Commander of US Marines in Okinawa", "Ryutaro Hashimoto / Prime Minister",
                "Bill Clinton / President", "Hun Sen / Prime Minister");
        assertThat(asserted("cq17")).hasSizeLessThan(all("cq17").size());
    }

    @Test
    void cq18PatronsAndClients() {
        // §2.3: the US (clients: the six spokes) and the Soviet Union (no client named) as patrons; §3.5: China as
        // patron, Cambodia its client; §2.4, §4.4: Japan the client of the US.
        List<List<String>> rows = rows("cq18");
        assertThat(rows).filteredOn(r -> r.get(1).equals("patron")).extracting(r -> r.get(0) + " / " + r.get(2))
                .containsExactly("People's Republic of China / Cambodia",
                        "Soviet Union / (no client named in the article)", "United States / Australia",
                        "United States / Japan", "United States / Philippines", "United States / South Korea",
                        "United States / Taiwan", "United States / Thailand");
        assertThat(rows).filteredOn(r -> r.get(1).equals("client")).extracting(r -> r.get(0) + " / " + r.get(2))
                .containsExactly("Australia / United States", "Cambodia / People's Republic of China",
                        "Japan / United States", "Philippines / United States", "South Korea / United States",
                        "Taiwan / United States", "Thailand / United States");
        assertThat(asserted("cq18")).hasSizeLessThan(rows.size());
    }

    @Test
    void cq19AlliancesInForceIn1995() {
        // §2.1, §4.1 with COW v4.1 dates (external): NATO, the US alliances with the Philippines, Australia, Japan,
        // South Korea and Thailand; the US-Taiwan alliance ended in 1980.
        assertThat(all("cq19")).containsExactly("North Atlantic Treaty Organization", "Philippines-US alliance",
                "Australia-US alliance", "Japan-US alliance", "South Korea-US alliance", "Thailand-US alliance");
        assertThat(rows("cq19")).allSatisfy(r -> assertThat(r.get(3)).contains("Correlates of War"));
        assertThat(asserted("cq19")).isEmpty();
    }

    @Test
    void cq20UsFacilitiesInJapanAndOkinawasShare() {
        // §4.2: about 90 facilities, 75 % of them in Okinawa.
        assertThat(rows("cq20")).extracting(r -> r.get(0) + " " + r.get(2) + " " + r.get(3)).containsExactly(
                "Okinawa 75.0 per cent", "Japan 90 count");
        assertThat(rows("cq20").get(1).get(4)).isEqualTo("approximately");
    }

    private static String year(String dateTime) {
        return dateTime.isEmpty() ? "" : dateTime.substring(0, 4);
    }

    static Path cqDir() {
        return Path.of("queries", "cq");
    }
}
