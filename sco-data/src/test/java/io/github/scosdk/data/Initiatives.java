package io.github.scosdk.data;

import static io.github.scosdk.data.Dates.cc;
import static io.github.scosdk.data.Dates.day;
import static io.github.scosdk.data.Dates.month;
import static io.github.scosdk.data.Dates.year;

import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.ScoDataset;

/** Chapter 6: the initiatives named in the facts (facts §8, §6.3, §11). */
final class Initiatives {

  private Initiatives() {}

  private static Initiative.Builder init(String id, String name) {
    return Initiative.builder().id(id).name(name);
  }

  private static Initiative.Builder xi(String id, String name) {
    return init(id, name).proposerState(cc("CN")).proposedBy("Xi Jinping");
  }

  static void addTo(ScoDataset.Builder d) {
    d.addInitiative(
        init("init-shanghai-spirit", "Shanghai Spirit")
            .proposedBy("the founding heads of state")
            .proposed(year(2001))
            .proposedAt("chs-2001-shanghai")
            .description("Written into the preamble of the SCO Charter.")
            .addAreas(
                "mutual trust",
                "mutual benefit",
                "equality",
                "consultation",
                "respect for diverse civilisations",
                "pursuit of common development")
            .addEndorsedBy("doc-charter-2002")
            .addSources("O-ABOUT", "C-ADILET", "SEED-4")
            .build());
    d.addInitiative(
        xi("init-belt-and-road", "Belt and Road Initiative")
            .proposed(day(2013, 9, 7))
            .description(
                "Silk Road Economic Belt proposed on 2013-09-07 at Nazarbayev University, Astana; 21st-Century"
                    + " Maritime Silk Road in October 2013 in Jakarta.")
            .addSources("USC-BRI", "ZGXW-BRI")
            .note("Seeds 1, 3 and 4 mention aligning the BRI with SCO states' strategies.")
            .build());
    d.addInitiative(
        xi("init-sco-community-shared-future", "SCO community with a shared future")
            .proposed(month(2018, 6))
            .proposedAt("chs-2018-qingdao")
            .description("Written into the Qingdao Declaration as the members' main political consensus.")
            .addEndorsedBy("doc-qingdao-declaration-2018")
            .confidence(Confidence.MEDIUM)
            .addSources("SEED-3")
            .build());
    d.addInitiative(
        xi("init-global-development", "Global Development Initiative (GDI)")
            .proposed(month(2021, 9))
            .description("Proposed in the general-debate video address to the 76th UN General Assembly.")
            .addAreas(
                "poverty reduction",
                "food security",
                "COVID-19 response and vaccines",
                "financing for development",
                "climate change and green development",
                "industrialisation",
                "digital economy",
                "connectivity")
            .addSources("XH-GDI", "ENNW-GDI", "SEED-1")
            .note(
                "The sources found say only 'September 2021, 76th UNGA'; the day 2021-09-21 comes from general"
                    + " knowledge and is not recorded (facts §13-17). The eight key areas are confirmed.")
            .build());
    d.addInitiative(
        xi("init-global-security", "Global Security Initiative (GSI)")
            .proposed(day(2022, 4, 21))
            .description(
                "Proposed in a video keynote at the Boao Forum for Asia Annual Conference: 'common, comprehensive,"
                    + " cooperative and sustainable security'.")
            .addSources("BFA-PR", "CHINAMIL-GSI", "PEOPLE-GSI")
            .build());
    d.addInitiative(
        xi("init-global-civilization", "Global Civilization Initiative (GCI)")
            .proposed(day(2023, 3, 15))
            .description(
                "Proposed by video at the CPC in Dialogue with World Political Parties High-level Meeting.")
            .addSources("GT-GCI", "PEOPLE-GCI")
            .build());
    d.addInitiative(
        xi("init-global-governance", "Global Governance Initiative (GGI)")
            .proposed(day(2025, 9, 1))
            .proposedAt("sco-plus-2025-tianjin")
            .addAreas(
                "sovereign equality",
                "international rule of law",
                "multilateralism",
                "people-centred approach",
                "real action")
            .addSources("PEOPLE-GGI", "ANEWS-GGI", "GEO-TJ")
            .note("The areas are its five principles.")
            .build());
    d.addInitiative(
        xi("init-china-sco-big-data-cooperation-center", "China-SCO Big Data Cooperation Center")
            .proposed(day(2022, 9, 16))
            .proposedAt("chs-2022-samarkand")
            .description(
                "MIIT approved CAICT to build it (October 2022); launched on 2023-05-23 in Karamay (Xinjiang"
                    + " branch).")
            .addSources("CAICT", "CHT-BIGDATA", "SEED-3")
            .build());
    d.addInitiative(
        xi("init-china-sco-counter-terrorism-training-base",
                "China-SCO base for training counter-terrorism personnel")
            .proposed(day(2022, 9, 16))
            .proposedAt("chs-2022-samarkand")
            .description("With the training of 2,000 law-enforcement officers over 5 years.")
            .addSources("ANEWS-2022", "SEED-3")
            .build());
    d.addInitiative(
        init("init-emergency-humanitarian-grain-aid", "Emergency humanitarian grain aid worth 1.5 bn yuan")
            .proposerState(cc("CN"))
            .description("About USD 214 million.")
            .confidence(Confidence.LOW)
            .addSources("SEED-3")
            .note(
                "Per seed 3 only; not found in any other source, and its occasion (Samarkand 2022) is an assumption,"
                    + " so no date or meeting is recorded (facts §13-18).")
            .build());
    d.addInitiative(
        xi("init-five-common-homes", "Five common homes")
            .proposed(day(2024, 7, 4))
            .proposedAt("sco-plus-2024-astana")
            .addAreas(
                "solidarity and mutual trust",
                "peace and tranquillity",
                "prosperity and development",
                "good-neighbourliness and friendship",
                "fairness and justice")
            .addSources("SEED-1", "VICTORZ", "PAKTODAY-0715")
            .build());
    d.addInitiative(
        xi("init-sco-year-of-sustainable-development-2025", "SCO Year of Sustainable Development (2025)")
            .proposed(day(2024, 7, 4))
            .proposedAt("sco-plus-2024-astana")
            .description("Cooperation in the eight key areas of the Global Development Initiative (seed 1).")
            .addSources("VICTORZ", "SEED-1")
            .build());
    d.addInitiative(
        init("init-world-unity-just-peace", "On World Unity for a Just Peace, Harmony and Development")
            .proposerState(cc("KZ"))
            .addSources("MEA-AST", "ASTTIMES-24")
            .note("Kazakhstan's initiative, adopted at the Astana summit on 2024-07-04 (chs-2024-astana).")
            .build());
    d.addInitiative(
        init("init-secure", "SECURE")
            .proposerState(cc("IN"))
            .proposedBy("Narendra Modi")
            .proposed(month(2018, 6))
            .proposedAt("chs-2018-qingdao")
            .addAreas(
                "Security",
                "Economy and trade",
                "Connectivity",
                "Unity",
                "Respect for sovereignty and territorial integrity",
                "Environment")
            .addSources("INDIATIES", "ADDA")
            .note("The theme of the 2023 summit, 'Towards a SECURE SCO'.")
            .build());
    d.addInitiative(
        init("init-sco-tourism-and-cultural-capital", "SCO Tourism and Cultural Capital")
            .description(
                "An SCO decision introduced under India's presidency: Varanasi 2022-23; Qingdao 2024-25;"
                    + " Cholpon-Ata 2025-26.")
            .addSources("GSTIMES", "INFORM-DOCS24", "ASTTIMES-KG", "QAZ-CA")
            .build());
    d.addInitiative(
        init("init-scoda-qingdao",
                "China-SCO Local Economic and Trade Cooperation Demonstration Area (SCODA), Qingdao")
            .proposerState(cc("CN"))
            .proposed(year(2018))
            .description("31 international freight train routes to 54 cities in 23 countries (seed 3).")
            .confidence(Confidence.MEDIUM)
            .addSources("SEED-1", "SEED-3")
            .note("The start year is inferred from its 5th anniversary in June 2023 ('c. 2018').")
            .build());
    d.addInitiative(
        init("init-china-sco-institute-economy-trade", "China-SCO Institute of Economy and Trade, Qingdao")
            .proposerState(cc("CN"))
            .proposed(month(2022, 1))
            .description("130+ training programmes; 9,900+ trainees from 43 countries (seed 3).")
            .confidence(Confidence.MEDIUM)
            .addSources("SEED-3")
            .note("Established January 2022; seed 3 only.")
            .build());
    d.addInitiative(
        init("init-sco-afghanistan-contact-group", "SCO-Afghanistan Contact Group")
            .proposed(year(2005))
            .confidence(Confidence.LOW)
            .addSources("SEED-3")
            .note("Named in seed 3 (medium); the year 2005 is not confirmed by any source found (low).")
            .build());
    d.addInitiative(
        init("init-sco-development-bank", "SCO Development Bank, Development Fund and Investment Fund")
            .description(
                "Long discussed from 2015 (Ufa Declaration) onwards; Xi Jinping called for a development bank at"
                    + " Tianjin 2025; a priority of the Kyrgyz presidency.")
            .addSources("MASSIS", "GEO-TJ", "ASTTIMES-KG")
            .build());
    d.addInitiative(
        init("init-china-tianjin-pledges", "China's pledges at the Tianjin summit")
            .proposerState(cc("CN"))
            .proposedAt("chs-2025-tianjin")
            .description(
                "2 bn yuan in grants in 2025, 10 bn yuan in loans to the SCO Interbank Consortium, and an AI"
                    + " cooperation centre.")
            .addSources("GEO-TJ")
            .build());
    d.addInitiative(
        init("init-centre-countering-transnational-organised-crime",
                "Centre for Countering Transnational Organised Crime, Bishkek")
            .proposerState(cc("KG"))
            .description("Being set up in Bishkek on Kyrgyzstan's initiative.")
            .addSources("ASTTIMES-KG", "TASS-2026")
            .build());
  }
}
