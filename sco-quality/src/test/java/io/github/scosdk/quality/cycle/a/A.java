package io.github.scosdk.quality.cycle.a;

import io.github.scosdk.quality.cycle.b.B;

/** Half of a deliberate package cycle, to show that the cycle rule can fail. */
public class A {
  B partner;
}
