package io.github.scosdk.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Applies the strict rotation rule to predict the next holder of a body's chairmanship, explaining each step. */
final class HolderPredictor {

  private HolderPredictor() {}

  static HolderPrediction predict(ScoDataset data, Body body, LocalDate after) {
    HolderPrediction.Builder b = HolderPrediction.builder().body(body).after(after);
    List<StateCode> order = data.membersOn(after);
    b.order(order);
    Optional<Presidency> current = data.presidencyOn(body, after);
    boolean chs = body == Body.COUNCIL_OF_HEADS_OF_STATE;
    String office = chs ? "presidency" : body.abbreviation() + " chairmanship";
    if (current.isEmpty()) {
      b.addReasoning("No " + office + " term is recorded for " + after + ", so there is no holder to rotate from.");
      return b.build();
    }
    Presidency presidency = current.get();
    b.current(presidency);
    StateCode holderCode = presidency.holder();
    b.addReasoning(
        "On " + after + " " + label(data, holderCode) + " holds the " + office + ", term " + presidency.term() + ".");
    Optional<State> holder = data.state(holderCode);
    if (holder.isEmpty()) {
      b.addReasoning("The dataset has no record of " + holderCode + ", so its place in the order is unknown.");
      return b.build();
    }
    List<State> members = new ArrayList<>();
    for (StateCode code : order) {
      data.state(code).ifPresent(members::add);
    }
    b.addReasoning(
        "The members on "
            + after
            + " in SCO Russian alphabetical order are: "
            + members.stream().map(s -> s.nameRu() + " (" + s.code() + ")").collect(Collectors.joining(", "))
            + ".");
    Optional<State> next = RotationOrder.successor(holder.get(), members);
    if (next.isEmpty()) {
      b.addReasoning("No other member can succeed " + holderCode + ".");
      return b.build();
    }
    // states between the holder and the successor that are on their way to membership (or suspended) are
    // passed over; partners are not in the rotation at all
    List<State> all = new ArrayList<>(data.states());
    all.sort(RotationOrder.comparator());
    int from = all.indexOf(holder.get());
    int to = all.indexOf(next.get());
    int partners = 0;
    for (int i = (from + 1) % all.size(); i != to && all.size() > 1; i = (i + 1) % all.size()) {
      State s = all.get(i);
      MembershipStatus st = data.statusOn(s.code(), after);
      AccessionStage stage = data.accessionStageOn(s.code(), after);
      if (stage != AccessionStage.NONE || st == MembershipStatus.SUSPENDED) {
        String why =
            stage != AccessionStage.NONE
                ? "it is acceding (" + words(stage.name()) + ")"
                : "its status is " + words(st.name());
        b.addReasoning(
            "Passed over: " + s.nameRu() + " (" + s.code() + "), because on " + after + " " + why + ", not member.");
      } else if (st.isPartnerKind()) {
        partners++;
      }
    }
    if (partners > 0) {
      b.addReasoning(
          partners + " partner state(s) sort between them but are not members, so they are not in the rotation.");
    }
    b.predicted(next.get().code());
    b.addReasoning(
        "The next member after "
            + holder.get().nameRu()
            + " is "
            + next.get().nameRu()
            + " ("
            + next.get().code()
            + "), the predicted next holder under the strict rule.");
    long exceptions = data.rotationExceptions().stream().filter(e -> e.body() == body).count();
    if (exceptions > 0) {
      b.addReasoning(
          "The rule holds \"as a rule\": the dataset declares "
              + exceptions
              + " past deviations (swaps, new members passed over, irregular years), so the SCO may decide"
              + " otherwise.");
    }
    return b.build();
  }

  private static String label(ScoDataset data, StateCode code) {
    return data.state(code).map(s -> s.nameEn() + " (" + code + ")").orElse(code.toString());
  }

  private static String words(String constant) {
    return constant.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
