package io.github.scosdk.quality.cycle.b;

import io.github.scosdk.quality.cycle.a.A;

/** The other half of a deliberate package cycle, to show that the cycle rule can fail. */
public class B {
  A partner;
}
