package io.github.scosdk.examples;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.Meeting;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.Participant;
import io.github.scosdk.model.ScoDataset;
import io.github.scosdk.model.Source;
import io.github.scosdk.model.State;
import io.github.scosdk.model.StateCode;
import io.github.scosdk.model.Venue;
import io.github.scosdk.model.rules.Validator;
import java.io.PrintStream;
import java.util.List;

/**
 * Example: build a summit and the communiqué it adopted with the model's builders.
 *
 * <p>The 7th meeting of the Council of Heads of State, Bishkek, 2007-08-16, hosted and chaired by Kyrgyzstan,
 * with the six member states of the time, and its joint communiqué (facts: {@code sco-facts.md} §3 and §6.2,
 * sources UZJC-2007 and MFACN-2007). Every value checks itself when built: the last step shows a builder
 * rejecting a meeting that ends before it starts, with a message naming the field and the value.
 */
public final class BuildAMeeting {

  private static final List<StateCode> MEMBERS_2007 =
      List.of(code("CN"), code("KZ"), code("KG"), code("RU"), code("TJ"), code("UZ"));

  private BuildAMeeting() {}

  /**
   * Prints the meeting, the communiqué and what the validator says about them.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Meeting summit = summit();
    Document communique = communique();
    out.println("Meeting:   " + summit.title().orElseThrow() + ", " + summit.venue().orElseThrow().city()
        + ", " + summit.startDate() + ", chaired by " + summit.chair().orElseThrow());
    out.println("Delegations: " + summit.participants().size() + ", outcomes: " + summit.outcomes());
    out.println("Document:  " + communique.kind() + " '" + communique.title(Language.EN) + "', adopted "
        + communique.adopted().orElseThrow() + " at " + communique.adoptedAt().orElseThrow()
        + ", signed by " + communique.signatories());

    ScoDataset both = dataset();
    out.println("Validator: " + Validator.only("document.adoption", "reference.resolves").validate(both)
        .violations().size() + " violations of document.adoption and reference.resolves");

    try {
      Meeting.builder().from(summit).endDate(PartialDate.of(2007, 8, 15)).build();
    } catch (IllegalArgumentException e) {
      out.println("Rejected:  " + e.getMessage());
    }
  }

  /** The 7th CHS meeting, Bishkek, 2007-08-16. */
  static Meeting summit() {
    Meeting.Builder b = Meeting.builder()
        .id("chs-2007-bishkek")
        .body(Body.COUNCIL_OF_HEADS_OF_STATE)
        .ordinal(7)
        .title("7th meeting of the Council of Heads of State")
        .startDate(PartialDate.of(2007, 8, 16))
        .venue(Venue.of("Bishkek", code("KG")))
        .host(code("KG"))
        .chair(code("KG"))
        .addOutcome("doc-bishkek-communique-2007")
        .addSource("MFACN-2007");
    for (StateCode state : MEMBERS_2007) {
      b.addParticipant(Participant.builder().state(state).level(DelegationLevel.HEAD_OF_STATE).build());
    }
    return b.build();
  }

  /** The joint communiqué adopted at the summit, signed by the six members. */
  static Document communique() {
    return Document.builder()
        .id("doc-bishkek-communique-2007")
        .kind(DocumentKind.COMMUNIQUE)
        .putTitle(Language.EN, "Joint Communiqué of the Council of Heads of SCO Member States")
        .adopted(PartialDate.of(2007, 8, 16))
        .adoptedAt("chs-2007-bishkek")
        .signatories(MEMBERS_2007)
        .addSource("UZJC-2007")
        .build();
  }

  /** The two records in a dataset with the states and sources they cite, ready for the validator or JSON. */
  static ScoDataset dataset() {
    return ScoDataset.builder()
        .addState(state("CN", "China", "Китай", "中国"))
        .addState(state("KZ", "Kazakhstan", "Казахстан", "哈萨克斯坦"))
        .addState(state("KG", "Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦"))
        .addState(state("RU", "Russia", "Россия", "俄罗斯"))
        .addState(state("TJ", "Tajikistan", "Таджикистан", "塔吉克斯坦"))
        .addState(state("UZ", "Uzbekistan", "Узбекистан", "乌兹别克斯坦"))
        .addSource(Source.builder().id("O-ABOUT").title("About SCO").publisher("SCO Secretariat")
            .url("http://eng.sectsco.org/about_sco/20220810/909119.html").build())
        .addSource(Source.builder().id("UZJC-2007").title("Joint communiqué of Council of Heads of SCO member states")
            .publisher("UzDaily").url("https://uzdaily.uz/en/joint-communique-of-council-of-heads-of-sco-member-states")
            .build())
        .addSource(Source.builder().id("MFACN-2007").title("SCO Bishkek summit, 2007")
            .publisher("Ministry of Foreign Affairs of the People's Republic of China")
            .url("https://www.mfa.gov.cn/mfa_eng/xw/zyjh/202405/t20240530_11339914.html").build())
        .addMeeting(summit())
        .addDocument(communique())
        .build();
  }

  private static State state(String code, String en, String ru, String zh) {
    return State.builder().code(code(code)).nameEn(en).nameRu(ru).nameZh(zh).addSource("O-ABOUT").build();
  }

  private static StateCode code(String code) {
    return StateCode.of(code);
  }
}
