package dev.plasticity.api.config;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a config field optional with this default, written as JSON ("0.9", "true",
 * "\"tanh\"", "{\"type\": \"zeros\"}"). Fields without it are required, except those
 * marked {@link Optional}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
public @interface Default {
  String value();
}
