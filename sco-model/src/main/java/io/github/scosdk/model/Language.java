package io.github.scosdk.model;

/** A language of a title or name: the SCO official languages (Russian, Chinese) and English. */
public enum Language {
  /** English. */
  EN,
  /** Russian, an official language of the SCO. */
  RU,
  /** Chinese, an official language of the SCO. */
  ZH
}
