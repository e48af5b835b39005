package dev.plasticity.runtime.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.plasticity.runtime.config.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The one strict Jackson set-up of the runtime: duplicate keys, trailing tokens and null
 * primitives are errors; Jackson's stream constraints (nesting depth, number length) stay
 * on and are reported as input errors with line and column.
 */
public final class Json {
  public static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private Json() {}

  /** Reads a JSON file as a tree; every failure becomes one {@link InputException} line. */
  public static JsonNode readFile(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(name, "no such file");
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
    return parse(bytes, name);
  }

  public static JsonNode parse(byte[] bytes, String name) {
    if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
      throw new InputException(name, "the file is empty; a scenario is a JSON object");
    }
    try (JsonParser parser = MAPPER.createParser(bytes)) {
      JsonNode tree = MAPPER.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw new InputException(name, "the file holds no JSON value");
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw new InputException(name, JsonSyntax.describe(e, JsonSyntax.Text.FILE));
    } catch (IOException e) {
      throw new InputException(name, "cannot read: " + e.getMessage());
    }
  }
}
