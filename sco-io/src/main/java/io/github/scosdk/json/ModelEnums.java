package io.github.scosdk.json;

import io.github.scosdk.model.Body;
import io.github.scosdk.model.Confidence;
import io.github.scosdk.model.DelegationLevel;
import io.github.scosdk.model.DocumentKind;
import io.github.scosdk.model.Language;
import io.github.scosdk.model.LinkType;
import io.github.scosdk.model.MeetingFormat;
import io.github.scosdk.model.MeetingKind;
import io.github.scosdk.model.MembershipStatus;
import io.github.scosdk.model.Post;
import io.github.scosdk.model.RotationExceptionKind;

/** The JSON names of every enum of the model that appears in {@code sco-dataset/1}. */
final class ModelEnums {

  static final EnumNames<Body> BODY = EnumNames.of(Body.class);
  static final EnumNames<Confidence> CONFIDENCE = EnumNames.of(Confidence.class);
  static final EnumNames<DelegationLevel> DELEGATION_LEVEL = EnumNames.of(DelegationLevel.class);
  static final EnumNames<DocumentKind> DOCUMENT_KIND = EnumNames.of(DocumentKind.class);
  static final EnumNames<Language> LANGUAGE = EnumNames.of(Language.class);
  static final EnumNames<LinkType> LINK_TYPE = EnumNames.of(LinkType.class);
  static final EnumNames<MeetingFormat> MEETING_FORMAT = EnumNames.of(MeetingFormat.class);
  static final EnumNames<MeetingKind> MEETING_KIND = EnumNames.of(MeetingKind.class);
  static final EnumNames<MembershipStatus> MEMBERSHIP_STATUS = EnumNames.of(MembershipStatus.class);
  static final EnumNames<Post> POST = EnumNames.of(Post.class);
  static final EnumNames<RotationExceptionKind> ROTATION_EXCEPTION_KIND =
      EnumNames.of(RotationExceptionKind.class);

  /** All of them. */
  static final java.util.List<EnumNames<?>> ALL =
      java.util.List.of(
          BODY,
          CONFIDENCE,
          DELEGATION_LEVEL,
          DOCUMENT_KIND,
          LANGUAGE,
          LINK_TYPE,
          MEETING_FORMAT,
          MEETING_KIND,
          MEMBERSHIP_STATUS,
          POST,
          ROTATION_EXCEPTION_KIND);

  private ModelEnums() {}
}
