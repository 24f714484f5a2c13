package io.github.scosdk.testkit;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.scosdk.model.Body;
import io.github.scosdk.model.DateRange;
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
import io.github.scosdk.model.StatusChange;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Venue;
import io.github.scosdk.model.rules.Validator;

/**
 * Jazzer fuzz tests of the model builders: whatever the input, only the documented exceptions
 * (IllegalArgumentException, NullPointerException, IllegalStateException) escape. In a normal build they run the
 * inputs under {@code src/test/resources/.../ModelBuilderFuzzTestInputs} only (regression mode); fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -Dtest=ModelBuilderFuzzTest}.
 */
class ModelBuilderFuzzTest {

  private static void documented(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException expected) {
      // documented rejection of a bad value
    }
  }

  @FuzzTest
  void partialDatesAndRanges(FuzzedDataProvider data) {
    String a = data.consumeString(12);
    String b = data.consumeString(12);
    int y = data.consumeInt();
    int m = data.consumeInt();
    int d = data.consumeInt();
    documented(() -> PartialDate.parse(a));
    documented(() -> PartialDate.of(y, m, d));
    documented(() -> PartialDate.ofYearMonth(y, m));
    documented(() -> PartialDate.ofYear(y));
    documented(() -> DateRange.of(PartialDate.parse(a), PartialDate.parse(b)));
    documented(() -> PartialDate.parse(a).toLocalDate());
  }

  @FuzzTest
  void statesAndSources(FuzzedDataProvider data) {
    String code = data.consumeString(4);
    String en = data.consumeString(20);
    String ru = data.consumeString(20);
    String id = data.consumeString(20);
    String url = data.consumeString(40);
    documented(() -> StateCode.of(code));
    documented(() -> State.builder().code(StateCode.of(code)).nameEn(en).nameRu(ru).nameZh(ru).addSource(id).build());
    documented(() -> Source.builder().id(id).title(en).url(url).build());
    documented(() -> Venue.of(en, StateCode.of(code)));
  }

  @FuzzTest
  void meetingsAndDocuments(FuzzedDataProvider data) {
    String id = data.consumeString(20);
    String code = data.consumeString(3);
    String start = data.consumeString(10);
    String end = data.consumeString(10);
    int ordinal = data.consumeInt();
    boolean twice = data.consumeBoolean();
    String title = data.consumeString(20);
    documented(
        () -> {
          var b =
              Meeting.builder()
                  .id(id)
                  .body(Body.values()[Math.floorMod(ordinal, Body.values().length)])
                  .startDate(PartialDate.parse(start))
                  .endDate(PartialDate.parse(end))
                  .ordinal(ordinal)
                  .addParticipant(Participant.ofState(StateCode.of(code)));
          if (twice) {
            b.addParticipant(Participant.ofState(StateCode.of(code)));
          }
          b.build();
        });
    documented(
        () ->
            Document.builder()
                .id(id)
                .kind(DocumentKind.values()[Math.floorMod(ordinal, DocumentKind.values().length)])
                .putTitle(Language.EN, title)
                .adoptedAt(end)
                .addSignatory(StateCode.of(code))
                .build());
    documented(() -> Participant.builder().organisation(title).state(StateCode.of(code)).build());
  }

  @FuzzTest
  void datasetsNeverMakeTheValidatorThrow(FuzzedDataProvider data) {
    long seed = data.consumeLong();
    String id = data.consumeString(20);
    String code = data.consumeString(3);
    String date = data.consumeString(10);
    int status = data.consumeInt();
    ScoDataset valid = DatasetGenerator.ofSize(4).generate(new java.util.SplittableRandom(seed));
    documented(
        () -> {
          ScoDataset d =
              ScoDataset.builder()
                  .from(valid)
                  .addStatusChange(
                      StatusChange.builder()
                          .id(id)
                          .state(StateCode.of(code))
                          .status(MembershipStatus.values()[Math.floorMod(status, MembershipStatus.values().length)])
                          .date(PartialDate.parse(date))
                          .build())
                  .build();
          Validator.standard().validate(d); // reports, never throws
        });
  }
}
