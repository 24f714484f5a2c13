package io.github.scosdk.model.rules;

import io.github.scosdk.model.Document;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.PartialDate;
import io.github.scosdk.model.StateCode;
import java.util.List;
import java.util.Optional;

/**
 * {@code document.signatories}: the signatories of a document are member states on its signing date (or, failing
 * that, its adoption date). Not checked: memoranda (signed between the SCO and a non-member state: a dialogue
 * partner's memorandum, an applicant's memorandum of obligations), and documents signed before the SCO was
 * founded (Shanghai Five agreements).
 */
final class DocumentSignatoriesRule implements Rule {

  @Override
  public String id() {
    return RuleIds.DOCUMENT_SIGNATORIES;
  }

  @Override
  public String description() {
    return "Signatories are members on the signing date.";
  }

  @Override
  public void check(RuleContext context, ViolationSink sink) {
    for (Document d : context.dataset().documents()) {
      Optional<PartialDate> date = d.signed().or(d::adopted);
      if (d.kind() == DocumentKind.MEMORANDUM
          || date.isEmpty()
          || date.get().earliest().isBefore(StatusEras.FOUNDING)) {
        continue;
      }
      List<StateCode> signatories = d.signatories();
      for (int i = 0; i < signatories.size(); i++) {
        StateCode s = signatories.get(i);
        MembershipStatus st = context.dataset().statusOn(s, date.get().earliest());
        if (st != MembershipStatus.MEMBER) {
          sink.error(
              Location.of(d).at("signatories", i),
              String.format("%s signed %s on %s but its status then is %s, not member", s, d.id(), date.get(),
                  Names.of(st)));
        }
      }
    }
  }
}
