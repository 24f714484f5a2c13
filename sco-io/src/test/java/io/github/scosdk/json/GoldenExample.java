package io.github.scosdk.json;

import io.github.scosdk.model.Application;
import io.github.scosdk.model.AccessionStage;
import io.github.scosdk.model.AccessionStep;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.DocumentLink;
import io.github.scosdk.model.Initiative;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Official;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.Presidency;
import io.github.scosdk.model.RotationException;
import io.github.scosdk.model.RotationExceptionKind;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.Venue;
import java.time.LocalDate;

/**
 * The example dataset of {@code docs/json-format.md} and {@code golden/example-dataset.json}, built in code.
 * Every fact is from {@code shared/facts/sco-facts.md} (source keys as ids); source titles are taken from the
 * addresses.
 */
final class GoldenExample {

  private static final StateCode CN = StateCode.of("CN");
  private static final StateCode KG = StateCode.of("KG");
  private static final StateCode KZ = StateCode.of("KZ");
  private static final StateCode IR = StateCode.of("IR");
  private static final StateCode AM = StateCode.of("AM");

  private GoldenExample() {}

  static ScoDataset dataset() {
    return ScoDataset.builder()
        .title("sco-sdk example: the Tianjin summit of 2025 and the presidencies around it")
        .asOfDate(LocalDate.of(2025, 9, 1))
        .addStates(
            state(CN, "China", "Китай", "中国"),
            state(IR, "Iran", "Иран", "伊朗"),
            state(KZ, "Kazakhstan", "Казахстан", "哈萨克斯坦"),
            state(AM, "Armenia", "Армения", "亚美尼亚"),
            State.builder().code(KG).nameEn("Kyrgyzstan").nameRu("Кыргызстан").nameZh("吉尔吉斯斯坦")
                .iso3("KGZ").cowCode(703).gwCode(703).wikidataId("Q813").build())
        .addSources(
            source("NCA-TJ", "SCO summit concludes in China with adoption of Tianjin Declaration and 24 documents",
                "https://www.newscentralasia.net/2025/09/01/sco-summit-concludes-in-china-with-adoption-of-tianjin-declaration-and-24-documents/"),
            source("TASS-KGPRES", "TASS, tass.com/world/2010153", "https://tass.com/world/2010153"),
            source("TASS-AM", "TASS, tass.com/world/1984895", "https://tass.com/world/1984895"),
            source("NEWSAZ-CN", "China assumes SCO presidency", "https://news.az/news/china-assumes-sco-presidency"),
            source("ASTTIMES-24", "SCO summit adopts Astana Declaration, reaches strategic agreements",
                "https://astanatimes.com/2024/07/sco-summit-adopts-astana-declaration-reaches-strategic-agreements/"),
            source("SPUT-2023", "Iran becomes full-fledged member of Shanghai Cooperation Organization",
                "https://sputnikglobe.com/20230704/iran-becomes-full-fledged-member-of-shanghai-cooperation-organization-1111655518.html"),
            source("UP-IRMoO", "Iran signs memorandum of commitments to SCO",
                "https://www.urdupoint.com/en/world/iran-signs-memorandum-of-commitments-to-sco-1563091.html"),
            source("KT-SG", "Nurlan Yermekbayev appointed Secretary General of the SCO",
                "https://kt.kz/eng/politics/nurlan_yermekbayev_appointed_secretary_general_of_the_sco_1377966359.html"),
            source("WJ-CHG23", "Joint communique following the 22nd meeting of the Heads of Government (Prime Ministers)"
                + " Council of the Shanghai Cooperation Organisation",
                "https://worldjpn.net/documents/texts/SCO/20231026.D1E.html"),
            source("PEOPLE-GGI", "People's Daily Online, en.people.cn/n3/2025/0901/c90000-20360636",
                "http://en.people.cn/n3/2025/0901/c90000-20360636.html"))
        .addStatusChange(
            StatusChange.builder()
                .id("status-ir-2023-member")
                .state(IR)
                .status(MembershipStatus.MEMBER)
                .date(PartialDate.of(2023, 7, 4))
                .note("23rd CHS, hosted by India in video format")
                .addSource("SPUT-2023")
                .build())
        .addAccessionStep(
            AccessionStep.builder()
                .id("accession-ir-2022-memorandum")
                .state(IR)
                .stage(AccessionStage.MEMORANDUM_SIGNED)
                .date(PartialDate.of(2022, 9, 15))
                .decidedAt("chs-2022-samarkand")
                .confidence(Confidence.MEDIUM)
                .note("Xinhua dates the signing 2022-09-16")
                .addSource("UP-IRMoO")
                .build())
        .addMeeting(
            Meeting.builder()
                .id("chs-2025-tianjin")
                .body(Body.COUNCIL_OF_HEADS_OF_STATE)
                .ordinal(25)
                .title("25th meeting of the Council of Heads of State")
                .startDate(PartialDate.of(2025, 8, 31))
                .endDate(PartialDate.of(2025, 9, 1))
                .venue(Venue.of("Tianjin", CN))
                .host(CN)
                .chair(CN)
                .addParticipant(Participant.builder().state(CN).level(DelegationLevel.HEAD_OF_STATE).build())
                .addParticipant(Participant.ofOrganisation("SCO Secretariat"))
                .addOutcome("doc-tianjin-declaration-2025")
                .addSources("NCA-TJ", "TASS-KGPRES")
                .build())
        .addMeeting(
            Meeting.builder()
                .id("sco-plus-2025-tianjin")
                .body(Body.COUNCIL_OF_HEADS_OF_STATE)
                .kind(MeetingKind.SCO_PLUS)
                .startDate(PartialDate.of(2025, 9, 1))
                .venue(Venue.of("Tianjin", CN))
                .host(CN)
                .addSource("PEOPLE-GGI")
                .build())
        .addMeeting(
            Meeting.builder()
                .id("chs-2026-bishkek")
                .body(Body.COUNCIL_OF_HEADS_OF_STATE)
                .startDate(PartialDate.ofYear(2026))
                .venue(Venue.of("Bishkek", KG))
                .host(KG)
                .planned(true)
                .note("Planned for early autumn 2026")
                .addSource("TASS-KGPRES")
                .build())
        .addPresidencies(
            Presidency.builder()
                .id("pres-2023-kz")
                .holder(KZ)
                .term(DateRange.of(LocalDate.of(2023, 7, 4), LocalDate.of(2024, 7, 4)))
                .slogan("Strengthening Multilateral Dialogue – Striving towards Sustainable Peace and Prosperity")
                .addSource("ASTTIMES-24")
                .build(),
            Presidency.builder()
                .id("pres-2024-cn")
                .holder(CN)
                .term(DateRange.of(LocalDate.of(2024, 7, 4), LocalDate.of(2025, 9, 1)))
                .closedAt("chs-2025-tianjin")
                .slogan("Carrying forward the Shanghai Spirit: SCO in Action")
                .note("MFA variant of the slogan: \"Upholding the Shanghai Spirit: SCO on the Move\"")
                .addSource("NEWSAZ-CN")
                .build(),
            Presidency.builder()
                .id("pres-2025-kg")
                .holder(KG)
                .term(DateRange.ongoing(PartialDate.of(2025, 9, 1)))
                .openedAt("chs-2025-tianjin")
                .closedAt("chs-2026-bishkek")
                .slogan("25 years of SCO: together towards sustainable peace, development and prosperity")
                .addSource("TASS-KGPRES")
                .build(),
            Presidency.builder()
                .id("chg-term-2022-kg")
                .body(Body.COUNCIL_OF_HEADS_OF_GOVERNMENT)
                .holder(KG)
                .term(DateRange.of(LocalDate.of(2022, 11, 1), LocalDate.of(2023, 10, 26)))
                .note("The chairmanship of the Council of Heads of Government, from the 21st to the 22nd CHG meeting")
                .addSource("WJ-CHG23")
                .build())
        .addDocument(
            Document.builder()
                .id("doc-tianjin-declaration-2025")
                .kind(DocumentKind.DECLARATION)
                .putTitle(Language.EN, "Tianjin Declaration")
                .adopted(PartialDate.of(2025, 9, 1))
                .adoptedAt("chs-2025-tianjin")
                .addLink(DocumentLink.of(LinkType.TRANSFERS_PRESIDENCY, "pres-2025-kg"))
                .addSources("NCA-TJ", "TASS-KGPRES")
                .build())
        .addInitiative(
            Initiative.builder()
                .id("ini-ggi")
                .name("Global Governance Initiative")
                .proposerState(CN)
                .proposedBy("Xi Jinping")
                .proposed(PartialDate.of(2025, 9, 1))
                .proposedAt("sco-plus-2025-tianjin")
                .addAreas(
                    "sovereign equality",
                    "international rule of law",
                    "multilateralism",
                    "people-centred approach",
                    "real action")
                .addSource("PEOPLE-GGI")
                .build())
        .addOfficial(
            Official.builder()
                .id("sg-2025-yermekbayev")
                .name("Nurlan Yermekbayev")
                .post(Post.SECRETARY_GENERAL)
                .state(KZ)
                .term(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2028, 1, 1)))
                .note("Appointed at the Astana CHS of 2024-07-04")
                .addSource("KT-SG")
                .build())
        .addRotationException(
            RotationException.builder()
                .id("rx-2024-skip-ir")
                .kind(RotationExceptionKind.SKIP_NEW_MEMBER)
                .addPresidency("pres-2023-kz")
                .addState(IR)
                .description(
                    "Iran (Иран, after Индия) was passed over: it became a member only on 2023-07-04, at the summit"
                        + " that handed the presidency to Kazakhstan.")
                .note("Observed from the host sequence; no official explanation was found.")
                .build())
        .addRotationException(
            RotationException.builder()
                .id("rx-sg-practice-cycle")
                .body(Body.SECRETARIAT)
                .kind(RotationExceptionKind.IRREGULAR_PERIOD)
                .addOfficial("sg-2025-yermekbayev")
                .description(
                    "The Secretary-General post follows the founders' Russian order with China first, not the order"
                        + " of Charter Art. 11 over all members.")
                .addSource("KT-SG")
                .build())
        .addApplication(
            Application.builder()
                .id("app-am-member-2025")
                .state(AM)
                .sought(MembershipStatus.MEMBER)
                .date(PartialDate.ofYearMonth(2025, 7))
                .note("Announced by the foreign ministry on 2025-07-03; not decided by the horizon.")
                .addSource("TASS-AM")
                .build())
        .build();
  }

  private static State state(StateCode code, String en, String ru, String zh) {
    return State.builder().code(code).nameEn(en).nameRu(ru).nameZh(zh).build();
  }

  private static Source source(String id, String title, String url) {
    return Source.builder().id(id).title(title).url(url).build();
  }

}
