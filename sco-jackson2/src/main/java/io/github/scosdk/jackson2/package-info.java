/**
 * The SCO model for Jackson 2 users (Spring Boot 3 and others): register {@link
 * io.github.scosdk.jackson2.ScoJackson2Module} on an {@code ObjectMapper}, and the dataset, every record and every
 * part are read and written in the {@code sco-dataset/1} format by sco-io's {@code ScoJson}.
 */
@NullMarked
package io.github.scosdk.jackson2;

import org.jspecify.annotations.NullMarked;
